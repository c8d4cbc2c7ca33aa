/** Uploaded images and documents: checked from their bytes, stored once by content hash, served with long cache headers. */
package kopru.media;
