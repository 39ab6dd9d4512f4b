package app.rapport.store;

import app.rapport.model.Agenda;
import app.rapport.model.FollowUp;
import app.rapport.model.FollowUpAction;
import app.rapport.model.FollowUpRule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * An agenda as compact bytes for {@code agenda_snapshots}: a format number, the day, then each
 * follow-up's fields in order (text as length and UTF-8, dates as day numbers), deflated.
 */
final class AgendaCodec {
    static final int FORMAT = 1;

    private AgendaCodec() {
    }

    static byte[] encode(Agenda agenda) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + agenda.followUps().size() * 48);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeLong(agenda.asOf().toEpochDay());
            out.writeInt(agenda.followUps().size());
            for (FollowUp f : agenda.followUps()) {
                text(out, f.clientId());
                text(out, f.clientName());
                text(out, f.rule().name());
                text(out, f.action().name());
                out.writeLong(f.anchor().toEpochDay());
                out.writeLong(f.due().toEpochDay());
                out.writeInt(f.priority());
                out.writeBoolean(f.atRisk());
                text(out, f.reason());
                out.writeBoolean(f.manualId() != null);
                if (f.manualId() != null) {
                    text(out, f.manualId());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /** The agenda the bytes hold; {@link IllegalArgumentException} when they are not one this format wrote. */
    static Agenda decode(byte[] data) {
        Inflater inflater = new Inflater();
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data),
                inflater, 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalArgumentException("a saved agenda of format " + format + ", not " + FORMAT);
            }
            LocalDate asOf = LocalDate.ofEpochDay(in.readLong());
            int n = in.readInt();
            if (n < 0) {
                throw new IllegalArgumentException("a saved agenda of " + n + " follow-ups");
            }
            List<FollowUp> followUps = new ArrayList<>(Math.min(n, 1 << 20));
            for (int i = 0; i < n; i++) {
                String clientId = text(in);
                String clientName = text(in);
                FollowUpRule rule = FollowUpRule.valueOf(text(in));
                FollowUpAction action = FollowUpAction.valueOf(text(in));
                LocalDate anchor = LocalDate.ofEpochDay(in.readLong());
                LocalDate due = LocalDate.ofEpochDay(in.readLong());
                int priority = in.readInt();
                boolean atRisk = in.readBoolean();
                String reason = text(in);
                String manualId = in.readBoolean() ? text(in) : null;
                followUps.add(new FollowUp(clientId, clientName, rule, action, anchor, due, priority, atRisk, reason,
                        manualId));
            }
            if (in.read() != -1) {
                throw new IllegalArgumentException("a saved agenda with bytes after its last follow-up");
            }
            return new Agenda(asOf, followUps);
        } catch (EOFException e) {
            throw new IllegalArgumentException("a saved agenda cut short", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("a saved agenda that cannot be read: " + e.getMessage(), e);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("a saved agenda with an impossible date", e);
        } finally {
            inflater.end(); // a stream given its own inflater leaves ending it to the caller
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IllegalArgumentException("a saved agenda with a text of " + n + " bytes");
        }
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new EOFException();
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
