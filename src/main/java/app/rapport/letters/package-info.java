/**
 * Rapport's paper: letter templates and their merge fields, and one PDF renderer (Apache PDFBox)
 * for letters, note cards, envelopes, address labels and the call sheet, used alike by the
 * preview, the printer and "Save as PDF". Knows the model only; the services feed it.
 */
package app.rapport.letters;
