package app.rapport.planning;

import app.rapport.model.FollowUpRule;
import java.util.List;

/** One rule of RULES.md: the follow-ups it proposes for a client on the as-of date. */
interface Rule {

    FollowUpRule rule();

    /** Candidates not yet satisfied by the log; the owner's decisions are applied afterwards. */
    List<Candidate> propose(ClientLog client, PlanningContext ctx);
}
