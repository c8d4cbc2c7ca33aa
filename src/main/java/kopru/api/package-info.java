/** The authenticated write API under /api/v1/admin (see the contract in DESIGN.md). */
package kopru.api;
