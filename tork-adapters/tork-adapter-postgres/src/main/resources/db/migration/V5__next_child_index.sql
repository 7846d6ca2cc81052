-- The next CREATED child of a parent, earliest first, read on every completion of an each child: with the order in
-- the index it is one index probe instead of sorting every waiting sibling, which made large each jobs quadratic.
-- It also serves every lookup the (parent_id, state) index served.
CREATE INDEX tasks_next_child_idx ON tasks (parent_id, state, created_at, seq);
DROP INDEX tasks_parent_state_idx;
