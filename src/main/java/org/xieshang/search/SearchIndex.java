package org.xieshang.search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.search.domain.IndexedDocuments;

/**
 * How modules keep their records findable. Call it in the transaction that saves the record: the index then changes
 * with the record, and a rolled-back change leaves the index as it was.
 */
@Service
public class SearchIndex {

    private final IndexedDocuments documents;

    SearchIndex(IndexedDocuments documents) {
        this.documents = documents;
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
}
