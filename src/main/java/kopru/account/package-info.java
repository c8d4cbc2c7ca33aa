/** Accounts of the people who edit the site. */
package kopru.account;
