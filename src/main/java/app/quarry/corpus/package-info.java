/**
 * The corpus: documents as stored (the file's text exactly as read), their clean text
 * (web residue masked by spaces, same length), sentences with offsets, the checks that
 * refuse bad files, and the manifest with each document's metadata. Pure Java; depends on
 * nothing else in Quarry.
 */
package app.quarry.corpus;
