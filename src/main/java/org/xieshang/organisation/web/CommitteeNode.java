package org.xieshang.organisation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xieshang.organisation.domain.Committee;

/** A committee with those below it, for the tree page. */
record CommitteeNode(Committee committee, List<CommitteeNode> children) {

    /**
     * Builds the tree from a top-down list. A committee whose parent the user cannot see starts a tree of its own, so
     * a county user sees their committee as the root.
     */
    static List<CommitteeNode> forest(List<Committee> committees) {
        Map<Long, CommitteeNode> nodes = new LinkedHashMap<>();
        committees.forEach(c -> nodes.put(c.id(), new CommitteeNode(c, new ArrayList<>())));
        List<CommitteeNode> roots = new ArrayList<>();
        for (CommitteeNode node : nodes.values()) {
            CommitteeNode parent = node.committee().parentId() == null
                    ? null
                    : nodes.get(node.committee().parentId());
            (parent == null ? roots : parent.children()).add(node);
        }
        return roots;
    }
}
