package app.rapport;
public final class Main { public static void main(String[] a) {} }
