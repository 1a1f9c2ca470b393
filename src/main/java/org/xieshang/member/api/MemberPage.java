package org.xieshang.member.api;

import java.util.List;
import org.xieshang.shared.PageSlice;

/** One page of members with what a client needs to page on. */
public record MemberPage(List<MemberResponse> items, int page, int size, long total, int totalPages) {

    static MemberPage of(PageSlice<MemberResponse> slice) {
        return new MemberPage(slice.items(), slice.page(), slice.size(), slice.total(), slice.totalPages());
    }
}
