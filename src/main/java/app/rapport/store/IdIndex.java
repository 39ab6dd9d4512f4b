package app.rapport.store;

import java.util.Arrays;

/**
 * Values found by the UTF-8 bytes of an id, looked up straight from a {@link PackedRow}'s bytes:
 * planning finds the client of a hundred thousand contact rows without making a string for each.
 * Open addressing with linear probing, each key's hash kept beside it; the table stays at most
 * half full.
 */
final class IdIndex<T> {
    private byte[][] keys = new byte[64][];
    private int[] hashes = new int[64];
    private Object[] values = new Object[64];
    private int size;

    /** Adds or replaces the value of {@code key} (the array is kept: do not change it). */
    void put(byte[] key, T value) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int hash = hash(key, 0, key.length);
        int i = slot(hash, key, 0, key.length);
        if (keys[i] == null) {
            keys[i] = key;
            hashes[i] = hash;
            size++;
        }
        values[i] = value;
    }

    /** The value of the id in {@code bytes[from, to)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    T get(byte[] bytes, int from, int to) {
        return (T) values[slot(hash(bytes, from, to), bytes, from, to)];
    }

    int size() {
        return size;
    }

    /** The slot holding that id, or the empty slot where it would go. */
    private int slot(int hash, byte[] bytes, int from, int to) {
        int mask = keys.length - 1;
        int i = hash & mask;
        while (keys[i] != null && (hashes[i] != hash || !Arrays.equals(keys[i], 0, keys[i].length, bytes, from, to))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** A polynomial hash of the bytes, mixed (MurmurHash3's finaliser) so that ids in a series spread out. */
    private static int hash(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], (T) oldValues[i]);
            }
        }
    }
}
