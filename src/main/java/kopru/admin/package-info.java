/** The editorial interface under /admin: login, dashboard, stories and their editor, users, audit log. */
package kopru.admin;
