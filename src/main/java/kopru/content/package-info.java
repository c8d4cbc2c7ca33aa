/** The content folder: reading, importing and exporting it; Markdown rendering and sanitising; slugs. */
package kopru.content;
