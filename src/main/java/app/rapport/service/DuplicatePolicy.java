package app.rapport.service;

/** What to do with a contact that is already in the book (or earlier in the file). */
public enum DuplicatePolicy { SKIP, MERGE, ADD }
