-- A search reads the committee, type, facets and access tokens of thousands of matching rows to count and filter them,
-- but the texts of only the twenty it shows. PostgreSQL moves long values out of a row only down to about 2 kB, which
-- left the texts in the table and pushed the word vector out: four rows to a page, 630 MB for 400,000 documents. With
-- a target of 512 bytes the texts and the word vector (read through the GIN index, or for the matches being ranked) go
-- to the TOAST table, the columns every match needs stay in the row (storage main: never moved out for size), and
-- about seventeen rows share a page, so counting touches a quarter of the pages and they stay in the cache.
alter table search_document alter column facets set storage main, alter column access_tokens set storage main;
alter table search_document set (toast_tuple_target = 512);

-- Unused: access tokens are checked on the rows the words found (see AccessScope.restrict), never through an index.
drop index search_document_access;

-- rows written before get the narrow layout now (the index is young: rewriting it is quick)
update search_document set title = title;
