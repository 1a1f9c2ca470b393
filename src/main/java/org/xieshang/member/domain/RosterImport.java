package org.xieshang.member.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xieshang.audit.AuditAction;
import org.xieshang.audit.AuditTrail;
import org.xieshang.member.MemberRegistered;
import org.xieshang.member.domain.RosterRowReader.ReadRow;

/**
 * Imports a roster spreadsheet all or nothing: every row is checked first (the profile rules, names of the importing
 * committee's sectors and special committees, mobiles unique in the file and in the committee); one bad row and
 * nothing is saved, the problems are listed instead. Imported members join the committee's current term.
 */
@Service
public class RosterImport {

    private final Members members;
    private final MemberManagement management;
    private final CommitteeCatalogue catalogue;
    private final MemberSettings settings;
    private final MemberRules rules;
    private final MemberTexts texts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RosterImport(
            Members members,
            MemberManagement management,
            CommitteeCatalogue catalogue,
            MemberSettings settings,
            MemberTexts texts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.members = members;
        this.management = management;
        this.catalogue = catalogue;
        this.settings = settings;
        this.rules = new MemberRules(settings);
        this.texts = texts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Imports {@code content}, an upload of {@code size} bytes (refused unread when over the limit). */
    @Transactional
    public ImportOutcome importFile(Long committeeId, String fileName, long size, InputStream content) {
        long committee = management.writableCommittee(committeeId);
        byte[] bytes = load(fileName, size, content);
        CommitteeReferences refs = catalogue.of(committee);
        if (refs.currentTerm().isEmpty()) {
            throw new UnreadableRoster("member-import-no-term");
        }
        RosterSheet sheet = read(bytes);
        Map<RosterColumn, Integer> index = new EnumMap<>(RosterColumn.class);
        List<ImportProblem> problems = mapHeaders(sheet.headers(), index);
        if (!problems.isEmpty()) {
            return new ImportOutcome(0, problems);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        RosterRowReader reader = new RosterRowReader(index, refs, rules, texts, today);
        List<ReadRow> rows = sheet.rows().stream().map(reader::read).toList();
        rows.forEach(row -> problems.addAll(row.problems()));
        problems.addAll(duplicateMobiles(committee, rows));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(ImportProblem::row));
            return new ImportOutcome(0, problems);
        }
        return save(committee, rows, fileName);
    }

    /** Every row checked and good: all are saved, announced, and audited as one import. */
    private ImportOutcome save(long committee, List<ReadRow> rows, String fileName) {
        for (ReadRow row : rows) {
            events.publishEvent(new MemberRegistered(members.insert(committee, row.profile()), committee));
        }
        audit.record(
                AuditAction.IMPORT,
                "member",
                null,
                texts.get("member.audit.imported", rows.size(), fileName),
                null,
                Map.of("committeeId", committee, "rows", rows.size(), "file", String.valueOf(fileName)));
        return new ImportOutcome(rows.size(), List.of());
    }

    private byte[] load(String fileName, long size, InputStream in) {
        if (in == null || size <= 0) {
            throw new UnreadableRoster("member-import-empty");
        }
        long max = settings.maxImportBytes();
        if (size > max) {
            throw new UnreadableRoster("member-import-too-large", max / (1024 * 1024));
        }
        byte[] content;
        try (in) {
            content = in.readNBytes((int) max + 1);
        } catch (IOException e) {
            throw new UnreadableRoster("member-import-unreadable");
        }
        if (content.length > max) {
            throw new UnreadableRoster("member-import-too-large", max / (1024 * 1024));
        }
        boolean xlsxName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!xlsxName || !ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, Math.min(content.length, 8)))) {
            throw new UnreadableRoster("member-import-not-xlsx");
        }
        return content;
    }

    private RosterSheet read(byte[] content) {
        RosterSheet sheet;
        try {
            sheet = RosterSheet.read(new ByteArrayInputStream(content), settings.maxImportRows());
        } catch (IOException e) {
            throw new UnreadableRoster("member-import-unreadable");
        }
        if (sheet.rows().isEmpty()) {
            throw new UnreadableRoster("member-import-no-rows");
        }
        if (sheet.rows().size() > settings.maxImportRows()) {
            throw new UnreadableRoster("member-import-too-many-rows", settings.maxImportRows());
        }
        return sheet;
    }

    /** Finds each column by its header text, wherever it stands; a missing column is a problem of row 1. */
    private List<ImportProblem> mapHeaders(List<String> headers, Map<RosterColumn, Integer> index) {
        List<ImportProblem> problems = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            String header = texts.get(column.messageKey());
            int at = headers.indexOf(header);
            if (at < 0) {
                problems.add(new ImportProblem(1, header, texts.get("member.import.column-missing")));
            } else {
                index.put(column, at);
            }
        }
        return problems;
    }

    private List<ImportProblem> duplicateMobiles(long committee, List<ReadRow> rows) {
        Set<String> registered = members.mobiles(committee);
        Map<String, Integer> firstRow = new HashMap<>();
        String column = texts.get(RosterColumn.MOBILE.messageKey());
        List<ImportProblem> problems = new ArrayList<>();
        for (ReadRow row : rows) {
            String mobile = row.profile().mobile();
            if (mobile == null
                    || row.problems().stream().anyMatch(p -> p.column().equals(column))) {
                continue;
            }
            Integer earlier = firstRow.putIfAbsent(mobile, row.number());
            if (earlier != null) {
                problems.add(
                        new ImportProblem(row.number(), column, texts.get("member.import.mobile-repeated", earlier)));
            } else if (registered.contains(mobile)) {
                problems.add(new ImportProblem(row.number(), column, texts.get("member.invalid.mobile-taken")));
            }
        }
        return problems;
    }
}
