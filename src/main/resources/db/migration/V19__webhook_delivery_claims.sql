-- Webhook deliveries are claimed before they are sent, so that several nodes on one database post each
-- delivery once: a node writes its name and a lease with a conditional update that only one node wins.
-- A node that dies mid-send leaves the delivery to the others once its lease has run out.
ALTER TABLE webhook_delivery ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE webhook_delivery ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;

-- The sender works per webhook: each webhook's due deliveries, oldest first.
CREATE INDEX ix_delivery_webhook_due ON webhook_delivery (webhook_id, status, next_attempt_at);
