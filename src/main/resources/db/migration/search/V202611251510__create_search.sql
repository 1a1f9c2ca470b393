-- The search index: one row per indexed record of any module, written by the owning module in the transaction that
-- changes the record. Title and body are kept as given (for snippets); the *_tokens columns hold the same text in
-- simplified script, segmented into words and joined by spaces, because PostgreSQL has no Chinese parser: the
-- 'simple' configuration then turns each word into one lexeme. Title words weigh A, body words B.
create table search_document (
    id bigint generated always as identity primary key,
    committee_id bigint not null,
    record_type text not null,
    record_id bigint not null,
    title text not null,
    body text not null default '',
    title_tokens text not null default '',
    body_tokens text not null default '',
    document tsvector generated always as (
        setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', body_tokens), 'B')
    ) stored,
    facets jsonb not null default '{}',
    access_tokens text[] not null,
    link text,
    happened_at timestamptz,
    indexed_at timestamptz not null default now(),
    constraint search_document_once unique (record_type, record_id),
    constraint search_document_accessible check (cardinality(access_tokens) > 0)
);
-- committee and words in one GIN index (btree_gin, a trusted extension): a committee's matches are found by the index
-- itself instead of fetching every committee's matches and filtering; it serves searches by words alone as well
create extension if not exists btree_gin;
create index search_document_words on search_document using gin (committee_id, document);
create index search_document_facets on search_document using gin (facets jsonb_path_ops);
create index search_document_access on search_document using gin (access_tokens);
create index search_document_scope on search_document (committee_id, record_type, happened_at desc);
-- newest first: the order of a list without words, and of hits too many to rank
create index search_document_recent on search_document (happened_at desc nulls last, id desc);

-- How many documents of a type contain each word (the empty word counts the documents themselves): the document
-- frequencies behind the tf-idf weights of similar-record detection. Kept by a trigger in the writer's transaction,
-- so it never drifts from the index; an edit that keeps the same words touches no row here.
create table search_term_stat (
    record_type text not null,
    term text not null,
    docs bigint not null,
    primary key (record_type, term)
);

create function search_term_stat_apply(kind text, added tsvector, removed tsvector, documents int) returns void
language sql as $$
    insert into search_term_stat as s (record_type, term, docs)
    select kind, term, sum(delta)
    from (select lexeme as term, 1 as delta from unnest(coalesce(added, ''::tsvector))
          union all
          select lexeme, -1 from unnest(coalesce(removed, ''::tsvector))
          union all
          select '', documents where documents <> 0) changes
    group by term
    having sum(delta) <> 0
    -- a fixed order of row locks, so two writers of the same type wait for each other instead of deadlocking
    order by term
    on conflict (record_type, term) do update set docs = s.docs + excluded.docs
$$;

create function search_document_counted() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform search_term_stat_apply(new.record_type, new.document, null, 1);
    elsif tg_op = 'DELETE' then
        perform search_term_stat_apply(old.record_type, null, old.document, -1);
    elsif new.record_type = old.record_type then
        perform search_term_stat_apply(new.record_type, new.document, old.document, 0);
    else
        perform search_term_stat_apply(old.record_type, null, old.document, -1);
        perform search_term_stat_apply(new.record_type, new.document, null, 1);
    end if;
    return null;
end
$$;

create trigger search_document_counted
    after insert or delete or update of record_type, title_tokens, body_tokens on search_document
    for each row execute function search_document_counted();
