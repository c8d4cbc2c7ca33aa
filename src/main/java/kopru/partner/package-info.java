/** Partners: webhooks delivered from the change log (claimed once across nodes, signed with their time, retried, managed through the admin pages and the write API); partners' feed with embargoed items, behind a partner token. */
package kopru.partner;
