package dev.olifant.types.func;

import dev.olifant.types.PgType;
import dev.olifant.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's overload resolution heuristics (parse_func.c func_match_argtypes and
 * func_select_candidate), shared by functions, operators and aggregates.
 *
 * <ol>
 * <li>keep candidates every input can be coerced to implicitly (polymorphic ones consistently);</li>
 * <li>keep those with the most exact type matches at known inputs;</li>
 * <li>then those taking the input category's preferred type at the most positions;</li>
 * <li>for {@code unknown} inputs, pick a category per position (string if any candidate takes
 *     one, else the only category offered) and keep candidates in it, preferring preferred types;</li>
 * <li>if all known inputs share one type, assume the unknowns have it too and keep candidates
 *     that accept that.</li>
 * </ol>
 * The outcome is a single candidate, none, or ambiguity.
 */
final class CandidateSelector {
    private CandidateSelector() {
    }

    /** A candidate signature with its argument types expanded to the call's arity. */
    record Candidate<T>(T def, List<PgType> args) {
    }

    static boolean canCoerceAll(List<PgType> inputs, List<PgType> targets) {
        boolean generic = false;
        for (int i = 0; i < inputs.size(); i++) {
            PgType in = inputs.get(i);
            PgType target = targets.get(i);
            if (Coercion.isPolymorphic(target)) {
                generic = true;
                if ((target == Types.ANYARRAY || target == Types.ANYCOMPATIBLEARRAY) && in != Types.UNKNOWN
                        && !Polymorphism.isArray(in)) {
                    return false;
                }
                if (target == Types.ANYNONARRAY && Polymorphism.isArray(in)) {
                    return false;
                }
                if (target == Types.ANYENUM || target == Types.ANYRANGE) {
                    return false;
                }
                continue;
            }
            if (!Coercion.implicit(in, target)) {
                return false;
            }
        }
        return !generic || Polymorphism.bind(targets, inputs) != null;
    }

    static <T> List<Candidate<T>> matchArgTypes(List<Candidate<T>> candidates, List<PgType> inputs) {
        List<Candidate<T>> out = new ArrayList<>();
        for (Candidate<T> c : candidates) {
            if (canCoerceAll(inputs, c.args())) {
                out.add(c);
            }
        }
        return out;
    }

    /** func_select_candidate: the best of several coercible candidates, or null when ambiguous. */
    static <T> Candidate<T> select(List<Candidate<T>> candidates, List<PgType> inputs) {
        int nargs = inputs.size();
        int nunknowns = 0;
        for (PgType t : inputs) {
            if (t == Types.UNKNOWN) {
                nunknowns++;
            }
        }
        // most exact matches at known positions
        List<Candidate<T>> kept = keepBest(candidates, c -> {
            int n = 0;
            for (int i = 0; i < nargs; i++) {
                if (inputs.get(i) != Types.UNKNOWN && c.args().get(i).equals(inputs.get(i))) {
                    n++;
                }
            }
            return n;
        });
        if (kept.size() == 1) {
            return kept.get(0);
        }
        // most exact-or-preferred matches at known positions
        kept = keepBest(kept, c -> {
            int n = 0;
            for (int i = 0; i < nargs; i++) {
                PgType in = inputs.get(i);
                PgType ct = c.args().get(i);
                if (in != Types.UNKNOWN && (ct.equals(in) || (ct.preferred() && ct.category() == in.category()))) {
                    n++;
                }
            }
            return n;
        });
        if (kept.size() == 1) {
            return kept.get(0);
        }
        // unknown inputs: choose a category per position
        if (nunknowns > 0) {
            char[] slotCategory = new char[nargs];
            boolean[] slotPreferred = new boolean[nargs];
            boolean resolved = true;
            for (int i = 0; i < nargs && resolved; i++) {
                if (inputs.get(i) != Types.UNKNOWN) {
                    continue;
                }
                char category = 0;
                boolean preferred = false;
                boolean conflict = false;
                for (Candidate<T> c : kept) {
                    PgType ct = c.args().get(i);
                    if (category == 0) {
                        category = ct.category();
                        preferred = ct.preferred();
                    } else if (ct.category() == category) {
                        preferred |= ct.preferred();
                    } else if (ct.category() == 'S') {
                        category = 'S';
                        preferred = ct.preferred();
                    } else {
                        conflict = true;
                    }
                }
                if (conflict && category != 'S') {
                    resolved = false;
                }
                slotCategory[i] = category;
                slotPreferred[i] = preferred;
            }
            if (resolved) {
                List<Candidate<T>> next = new ArrayList<>();
                for (Candidate<T> c : kept) {
                    boolean keep = true;
                    for (int i = 0; i < nargs; i++) {
                        if (inputs.get(i) != Types.UNKNOWN) {
                            continue;
                        }
                        PgType ct = c.args().get(i);
                        if (ct.category() != slotCategory[i] || (slotPreferred[i] && !ct.preferred())) {
                            keep = false;
                            break;
                        }
                    }
                    if (keep) {
                        next.add(c);
                    }
                }
                if (!next.isEmpty()) {
                    kept = next;
                }
                if (kept.size() == 1) {
                    return kept.get(0);
                }
            }
        }
        // all known inputs of one type: assume the unknowns have it too
        if (nunknowns > 0 && nunknowns < nargs) {
            PgType known = null;
            for (PgType t : inputs) {
                if (t == Types.UNKNOWN) {
                    continue;
                }
                if (known == null) {
                    known = t;
                } else if (!known.equals(t)) {
                    known = null;
                    break;
                }
            }
            if (known != null) {
                List<PgType> assumed = new ArrayList<>();
                for (int i = 0; i < nargs; i++) {
                    assumed.add(known);
                }
                Candidate<T> only = null;
                int count = 0;
                for (Candidate<T> c : kept) {
                    if (canCoerceAll(assumed, c.args())) {
                        only = c;
                        count++;
                    }
                }
                if (count == 1) {
                    return only;
                }
            }
        }
        return null;
    }

    private interface Score<T> {
        int of(Candidate<T> c);
    }

    private static <T> List<Candidate<T>> keepBest(List<Candidate<T>> candidates, Score<T> score) {
        List<Candidate<T>> best = new ArrayList<>();
        int bestScore = -1;
        for (Candidate<T> c : candidates) {
            int s = score.of(c);
            if (s > bestScore) {
                best.clear();
                bestScore = s;
            }
            if (s == bestScore) {
                best.add(c);
            }
        }
        return best;
    }
}
