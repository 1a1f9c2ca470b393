package org.xieshang.organisation.domain;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.xieshang.shared.XieshangException;

/**
 * Each organisation table has exactly one unique key besides its id, so a duplicate key on insert or update can only
 * mean that one business fact (a name, number or code already taken) and is reported as such.
 */
final class Unique {

    private Unique() {}

    static <T> T or(Supplier<T> write, Supplier<? extends XieshangException> taken) {
        try {
            return write.get();
        } catch (DuplicateKeyException e) {
            throw taken.get();
        }
    }
}
