-- Every index is written on every insert and again at commit, so the tables that grow with each
-- sale keep only the indexes a query or a foreign key needs.
--
-- 1. H2 gives a foreign key declared inside CREATE TABLE an index of its own, even where another
--    index already starts with the key's columns. Re-adding the key after the table exists lets
--    H2 use the existing index instead (PostgreSQL never adds indexes for foreign keys, so there
--    it only re-checks the key).
-- 2. Store-day reads (a store's sales, refunds or traffic on a business date, in time order) share
--    one (store_id, business_date, time) index instead of one per column pair; nothing reads
--    sales across all stores by time.

-- sale
CREATE INDEX ix_sale_store_day ON sale (store_id, business_date, occurred_at);
DROP INDEX ix_sale_store_occurred;
DROP INDEX ix_sale_store_business_date;
DROP INDEX ix_sale_occurred;
ALTER TABLE sale DROP CONSTRAINT fk_sale_store;
ALTER TABLE sale ADD CONSTRAINT fk_sale_store FOREIGN KEY (store_id) REFERENCES store (id);

-- sale_line, sale_tender, sale_discount
ALTER TABLE sale_line DROP CONSTRAINT fk_sale_line_sale;
ALTER TABLE sale_line ADD CONSTRAINT fk_sale_line_sale FOREIGN KEY (sale_id) REFERENCES sale (id);
ALTER TABLE sale_line DROP CONSTRAINT fk_sale_line_product;
ALTER TABLE sale_line ADD CONSTRAINT fk_sale_line_product FOREIGN KEY (product_id) REFERENCES product (id);
ALTER TABLE sale_tender DROP CONSTRAINT fk_sale_tender_sale;
ALTER TABLE sale_tender ADD CONSTRAINT fk_sale_tender_sale FOREIGN KEY (sale_id) REFERENCES sale (id);
ALTER TABLE sale_discount DROP CONSTRAINT fk_sale_discount_sale;
ALTER TABLE sale_discount ADD CONSTRAINT fk_sale_discount_sale FOREIGN KEY (sale_id) REFERENCES sale (id);
ALTER TABLE sale_discount DROP CONSTRAINT fk_sale_discount_sale_line;
ALTER TABLE sale_discount ADD CONSTRAINT fk_sale_discount_sale_line
    FOREIGN KEY (sale_line_id) REFERENCES sale_line (id);
ALTER TABLE sale_discount DROP CONSTRAINT fk_sale_discount_applied_by;
ALTER TABLE sale_discount ADD CONSTRAINT fk_sale_discount_applied_by
    FOREIGN KEY (applied_by_id) REFERENCES employee (id);

-- refund, refund_line
CREATE INDEX ix_refund_store_day ON refund (store_id, business_date, occurred_at);
DROP INDEX ix_refund_store_occurred;
DROP INDEX ix_refund_store_business_date;
ALTER TABLE refund DROP CONSTRAINT fk_refund_store;
ALTER TABLE refund ADD CONSTRAINT fk_refund_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE refund DROP CONSTRAINT fk_refund_original_sale;
ALTER TABLE refund ADD CONSTRAINT fk_refund_original_sale FOREIGN KEY (original_sale_id) REFERENCES sale (id);
ALTER TABLE refund DROP CONSTRAINT fk_refund_employee;
ALTER TABLE refund ADD CONSTRAINT fk_refund_employee FOREIGN KEY (employee_id) REFERENCES employee (id);
ALTER TABLE refund_line DROP CONSTRAINT fk_refund_line_refund;
ALTER TABLE refund_line ADD CONSTRAINT fk_refund_line_refund FOREIGN KEY (refund_id) REFERENCES refund (id);
ALTER TABLE refund_line DROP CONSTRAINT fk_refund_line_sale_line;
ALTER TABLE refund_line ADD CONSTRAINT fk_refund_line_sale_line FOREIGN KEY (sale_line_id) REFERENCES sale_line (id);
ALTER TABLE refund_line DROP CONSTRAINT fk_refund_line_product;
ALTER TABLE refund_line ADD CONSTRAINT fk_refund_line_product FOREIGN KEY (product_id) REFERENCES product (id);

-- stock_level, stock_movement
ALTER TABLE stock_level DROP CONSTRAINT fk_stock_level_store;
ALTER TABLE stock_level ADD CONSTRAINT fk_stock_level_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE stock_movement DROP CONSTRAINT fk_stock_movement_store;
ALTER TABLE stock_movement ADD CONSTRAINT fk_stock_movement_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE stock_movement DROP CONSTRAINT fk_stock_movement_product;
ALTER TABLE stock_movement ADD CONSTRAINT fk_stock_movement_product FOREIGN KEY (product_id) REFERENCES product (id);
ALTER TABLE stock_movement DROP CONSTRAINT fk_stock_movement_employee;
ALTER TABLE stock_movement ADD CONSTRAINT fk_stock_movement_employee
    FOREIGN KEY (employee_id) REFERENCES employee (id);

-- traffic_count, shift
CREATE INDEX ix_traffic_count_store_day ON traffic_count (store_id, business_date, interval_start);
DROP INDEX ix_traffic_count_store_interval;
DROP INDEX ix_traffic_count_store_business_date;
ALTER TABLE traffic_count DROP CONSTRAINT fk_traffic_count_store;
ALTER TABLE traffic_count ADD CONSTRAINT fk_traffic_count_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE shift DROP CONSTRAINT fk_shift_store;
ALTER TABLE shift ADD CONSTRAINT fk_shift_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE shift DROP CONSTRAINT fk_shift_employee;
ALTER TABLE shift ADD CONSTRAINT fk_shift_employee FOREIGN KEY (employee_id) REFERENCES employee (id);

-- rollups, register, employee
ALTER TABLE sales_by_store_hour DROP CONSTRAINT fk_sales_by_store_hour_store;
ALTER TABLE sales_by_store_hour ADD CONSTRAINT fk_sales_by_store_hour_store
    FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE sales_by_sku_day DROP CONSTRAINT fk_sales_by_sku_day_store;
ALTER TABLE sales_by_sku_day ADD CONSTRAINT fk_sales_by_sku_day_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE sales_by_sku_day DROP CONSTRAINT fk_sales_by_sku_day_product;
ALTER TABLE sales_by_sku_day ADD CONSTRAINT fk_sales_by_sku_day_product
    FOREIGN KEY (product_id) REFERENCES product (id);
ALTER TABLE register DROP CONSTRAINT fk_register_store;
ALTER TABLE register ADD CONSTRAINT fk_register_store FOREIGN KEY (store_id) REFERENCES store (id);
ALTER TABLE employee DROP CONSTRAINT fk_employee_home_store;
ALTER TABLE employee ADD CONSTRAINT fk_employee_home_store FOREIGN KEY (home_store_id) REFERENCES store (id);
