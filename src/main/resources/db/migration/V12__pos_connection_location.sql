-- The retail location a Shopify connection pulls (docs/decisions/0018-every-platform-connects.md).
-- Portable SQL, like V1: runs unchanged on H2 2.x and PostgreSQL 15+.
--
-- A Shopify account is a shop with one or more locations, and a StoreDesk store is one of them:
-- its id (a number, or gid://shopify/Location/<number>) is kept beside the shop. Square's account
-- is itself a location, and Lightspeed's and Clover's accounts are the store, so theirs stay NULL.
ALTER TABLE pos_connection ADD COLUMN location_id VARCHAR(128);
