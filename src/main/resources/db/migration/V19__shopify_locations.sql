-- Several Shopify locations of one shop, each its own store (docs/decisions/0033-shopify-locations.md).
-- Portable SQL, as V1 says.
--
-- A connection is one (platform, account, location): location_key is the location id's own number
-- (what follows the last '/' of a GID), '' for platforms whose account is the store, so the unique key
-- needs no NULL handling. The code keeps it in step with location_id.
ALTER TABLE pos_connection ADD COLUMN location_key VARCHAR(128) DEFAULT '' NOT NULL;
UPDATE pos_connection SET location_key = REPLACE(location_id, 'gid://shopify/Location/', '')
    WHERE location_id IS NOT NULL;
ALTER TABLE pos_connection DROP CONSTRAINT uq_pos_connection_account;
ALTER TABLE pos_connection ADD CONSTRAINT uq_pos_connection_account_location
    UNIQUE (platform, account_id, location_key);

-- A Shopify pull's cursor was kept for the whole shop (scope '*'); it becomes its location's, as the
-- connector now asks for it. Before V19 a shop had at most one connection, so the match is unique.
UPDATE sync_state SET scope = (SELECT c.location_key FROM pos_connection c
        WHERE c.platform = 'SHOPIFY' AND 'shopify:' || c.account_id = sync_state.source)
    WHERE scope = '*' AND source LIKE 'shopify:%' AND EXISTS (SELECT 1 FROM pos_connection c
        WHERE c.platform = 'SHOPIFY' AND 'shopify:' || c.account_id = sync_state.source AND c.location_key <> '');
