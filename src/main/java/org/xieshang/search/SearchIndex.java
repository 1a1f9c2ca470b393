package org.xieshang.search;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.search.domain.BulkIndex;
import org.xieshang.search.domain.IndexedDocuments;

/**
 * How modules keep their records findable. Call it in the transaction that saves the record: the index then changes
 * with the record, and a rolled-back change leaves the index as it was.
 */
@Service
public class SearchIndex {

    private final IndexedDocuments documents;
    private final BulkIndex bulk;

    SearchIndex(IndexedDocuments documents, BulkIndex bulk) {
        this.documents = documents;
        this.bulk = bulk;
    }

    /** Adds the document, or replaces the one with the same type and id. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void put(SearchDocument document) {
        documents.put(document);
    }

    /** Removes the record's document; true when there was one. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean remove(String type, long id) {
        SearchDocument.requireType(type);
        return documents.remove(type, id);
    }

    /**
     * Replaces every document of {@code type} by {@code documents}, in bulk: for demo data and re-indexing a module's
     * records, thousands in seconds. It locks the index table until the transaction ends; daily changes use {@link
     * #put}. Returns how many documents were written.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public int replaceAll(String type, List<SearchDocument> documents) {
        SearchDocument.requireType(type);
        return bulk.replaceAll(type, documents);
    }
}
