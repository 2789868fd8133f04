# The spike's statements (ADR 0007) as a bash array S, in one engine's dialect: h2 or duckdb.
# Usage: source statements.sh h2|duckdb
# They stand for the audit's heaviest work (reference maps, order lines paired by business key,
# lines paired by id, pre/post value comparison, exact duplicate groups, rounding, orphans); they
# are not the product's statements. H2 gets the indexes it needs to join (it has no hash join);
# DuckDB needs none.
ENGINE=$1
if [ "$ENGINE" = h2 ]; then RID=_ROWID_; else RID=rowid; fi

ref_map() { local s=$1
  echo "CREATE TABLE spike_ref_${s}_order AS SELECT rkey, MIN(num) num, MIN(rid) rid, COUNT(DISTINCT rid) n FROM (
    SELECT order_id rkey, id rid, COALESCE(sales_order_number, order_id) num FROM ${s}_order
    UNION ALL SELECT sales_order_number, id, COALESCE(sales_order_number, order_id) FROM ${s}_order
    UNION ALL SELECT id, id, COALESCE(sales_order_number, order_id) FROM ${s}_order
    UNION ALL SELECT name, id, COALESCE(sales_order_number, order_id) FROM ${s}_order) u
    WHERE rkey IS NOT NULL GROUP BY rkey"; }
line_keys() { local s=$1
  echo "CREATE TABLE spike_key_${s}_ol AS SELECT l.$RID r, f.num, l.line_number
    FROM ${s}_order_line l LEFT JOIN spike_ref_${s}_order f ON f.rkey = l.order_ref"; }
changed() { local t=$1 key=$2 pairs=$3 cols=$4 sql=""
  for c in $cols; do
    sql="$sql UNION ALL SELECT p.$key, '$c' col, CAST(a.$c AS VARCHAR) pre_value, CAST(b.$c AS VARCHAR) post_value
      FROM $pairs p JOIN pre_$t a ON a.$RID = p.a JOIN post_$t b ON b.$RID = p.b WHERE a.$c IS DISTINCT FROM b.$c"
  done
  echo "CREATE TABLE spike_changed_$t AS ${sql# UNION ALL }"; }
h2_only() { if [ "$ENGINE" = h2 ]; then S+=("$@"); fi; }

S=()
S+=("$(ref_map pre)" "$(ref_map post)")
h2_only "CREATE INDEX spike_i1 ON spike_ref_pre_order(rkey)" "CREATE INDEX spike_i2 ON spike_ref_post_order(rkey)"
S+=("$(line_keys pre)" "$(line_keys post)")
h2_only "CREATE INDEX spike_i3 ON spike_key_post_ol(num, line_number)"
S+=("CREATE TABLE spike_pair_ol AS SELECT a.r a, b.r b, a.num, a.line_number
  FROM spike_key_pre_ol a JOIN spike_key_post_ol b ON a.num = b.num AND a.line_number = b.line_number")
S+=("CREATE TABLE spike_missing_ol AS SELECT a.* FROM spike_key_pre_ol a
  WHERE NOT EXISTS (SELECT 1 FROM spike_key_post_ol b WHERE a.num = b.num AND a.line_number = b.line_number)")
S+=("$(changed order_line num spike_pair_ol 'quantity price_per_unit line_discount sales_charge')")
S+=("CREATE TABLE spike_pair_ql AS SELECT a.$RID a, b.$RID b, a.id FROM pre_quote_line a JOIN post_quote_line b ON b.id = a.id")
S+=("$(changed quote_line id spike_pair_ql 'quantity price_per_unit full_discount line_discount sales_charge extended_amount')")
S+=("CREATE TABLE spike_pair_il AS SELECT a.$RID a, b.$RID b, a.id FROM pre_invoice_line a JOIN post_invoice_line b ON b.id = a.id")
S+=("$(changed invoice_line id spike_pair_il 'quantity price_per_unit full_discount extended_amount')")
S+=("CREATE TABLE spike_dup_acc AS SELECT lower(trim(name)) k, country, COUNT(*) n FROM post_account
  GROUP BY lower(trim(name)), country HAVING COUNT(*) > 1")
S+=("CREATE TABLE spike_dup_con AS SELECT lower(trim(first_name)) f, lower(trim(last_name)) l, lower(email) e, COUNT(*) n
  FROM post_contact GROUP BY lower(trim(first_name)), lower(trim(last_name)), lower(email) HAVING COUNT(*) > 1")
# DECIMAL / DECIMAL is DOUBLE in DuckDB but an exact decimal in H2: the counts differ (ADR 0007).
S+=("CREATE TABLE spike_rounding AS SELECT b.$RID r, a.full_discount, b.line_discount, b.sales_charge
  FROM spike_pair_ol p JOIN pre_order_line a ON a.$RID = p.a JOIN post_order_line b ON b.$RID = p.b
  WHERE b.quantity <> 0 AND (ROUND(a.full_discount / b.quantity, 2) <> b.line_discount
    OR a.full_discount - ROUND(a.full_discount / b.quantity, 2) * b.quantity <> COALESCE(b.sales_charge, 0))")
S+=("CREATE TABLE spike_orphan_ol AS SELECT l.$RID r FROM post_order_line l
  WHERE NOT EXISTS (SELECT 1 FROM spike_ref_post_order f WHERE f.rkey = l.order_ref)")
S+=("SELECT (SELECT COUNT(*) FROM spike_pair_ol) paired_order_lines, (SELECT COUNT(*) FROM spike_missing_ol) missing,
  (SELECT COUNT(*) FROM spike_changed_order_line) changed_ol, (SELECT COUNT(*) FROM spike_changed_quote_line) changed_ql,
  (SELECT COUNT(*) FROM spike_changed_invoice_line) changed_il, (SELECT COUNT(*) FROM spike_rounding) rounding,
  (SELECT COUNT(*) FROM spike_orphan_ol) orphans")

# Every table the statements create, to drop them again (the H2 run writes into a real workspace).
DROP="DROP TABLE IF EXISTS spike_ref_pre_order, spike_ref_post_order, spike_key_pre_ol, spike_key_post_ol,
  spike_pair_ol, spike_missing_ol, spike_changed_order_line, spike_pair_ql, spike_changed_quote_line, spike_pair_il,
  spike_changed_invoice_line, spike_dup_acc, spike_dup_con, spike_rounding, spike_orphan_ol"
