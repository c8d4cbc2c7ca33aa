/** Partners: webhooks delivered from the change log, signed and retried. */
package kopru.partner;
