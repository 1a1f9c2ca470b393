/**
 * Search across every module's records: one index in PostgreSQL (segmented text in a weighted {@code tsvector} with a
 * GIN index, facets as jsonb, access tokens as a text array), written by the module that owns a record through
 * {@link org.xieshang.search.SearchIndex} in the transaction that changes the record. {@link
 * org.xieshang.search.Search} answers ranked, highlighted, faceted queries in either script and gives an actor only the
 * documents whose access tokens they hold ({@link org.xieshang.search.SearchAccess}); {@link
 * org.xieshang.search.SimilarRecords} finds near-duplicates (tf-idf cosine) and suggests facet values (handling units)
 * from how similar records were treated.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "text"})
package org.xieshang.search;
