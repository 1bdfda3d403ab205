-- The terms of a few items of one kind (a page of a list, one motion), by the rule of item_terms_on (V16).
--
-- Asked directly ("from item_terms_on(d) where item_type = $1 and item_id in ($2, ...)"), PostgreSQL planned the
-- inlined view again for every list page: a custom plan each time (1.1 ms of planning for 0.3-0.5 ms of execution,
-- two per list page; issue 17, docs/benchmarks.md). A PL/pgSQL function keeps its statements' plans for the session,
-- and with plan_cache_mode forced to generic for the function only, one plan per kind serves every page; the kind is
-- a literal in each branch so the other kind's half of the view is left out of that plan.
create function item_terms_of(p_today date, p_kind varchar, p_ids bigint[]) returns table (
    item_type varchar, item_id bigint, body_id bigint, published boolean, status varchar, number varchar,
    url_key varchar, title text, started_on date, original_due_on date, default_term boolean, extensions bigint,
    due_on date, discharged_on date, department varchar, portfolio_holder varchar, proposed_on date,
    late_days integer, due_soon boolean, awaiting_decision boolean, proposed_late_days integer,
    answered_in_time boolean)
    language plpgsql stable
    set plan_cache_mode = force_generic_plan
as $$
#variable_conflict use_column
begin
    if p_kind = 'MOTION' then
        return query select * from item_terms_on(p_today) t where t.item_type = 'MOTION' and t.item_id = any(p_ids);
    elsif p_kind = 'COMMITMENT' then
        return query select * from item_terms_on(p_today) t
                     where t.item_type = 'COMMITMENT' and t.item_id = any(p_ids);
    else
        raise exception 'item_terms_of: unknown kind %', p_kind;
    end if;
end
$$;
