/** Configuration, start-up, commands and cross-cutting HTTP concerns (security headers). */
package kopru.platform;
