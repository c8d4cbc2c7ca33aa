/** The JSON API (see the contract in DESIGN.md): the public read API under /api/v1/stories and the authenticated write API under /api/v1/admin. */
package kopru.api;
