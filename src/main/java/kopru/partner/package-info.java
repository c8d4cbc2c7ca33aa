/** Partners: webhooks delivered from the change log, signed and retried; partners' feed with embargoed items, behind a partner token. */
package kopru.partner;
