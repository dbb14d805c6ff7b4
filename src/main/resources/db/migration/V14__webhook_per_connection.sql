-- Webhooks verified per connection (docs/decisions/0024-webhooks-per-connection.md).
-- Portable SQL, like V1: runs unchanged on H2 2.x and PostgreSQL 15+.
--
-- Square signs the notification URL its subscription was registered with together with the body, so
-- a Square connection keeps that URL beside its signature key (which stays in the vault). NULL for the
-- other platforms and for a Square connection without webhooks.
ALTER TABLE pos_connection ADD COLUMN notification_url VARCHAR(512);
-- The connection whose secret authenticated a delivery: its handler fetches what the delivery names.
-- NULL when only the environment's secret matched, or several connections share the matching secret:
-- then every enabled connection of the platform is asked, each keeping to its own account.
-- No foreign key: the inbox keeps its history when a connection is removed.
ALTER TABLE webhook_event ADD COLUMN connection_id BIGINT;
