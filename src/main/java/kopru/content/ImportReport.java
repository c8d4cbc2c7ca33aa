package kopru.content;

import java.util.List;

/** Outcome of one import: counts of stories, and every problem with its file. */
public record ImportReport(int created, int updated, int unchanged, List<ContentProblem> problems) {
    @Override
    public String toString() {
        return "created " + created + ", updated " + updated + ", unchanged " + unchanged + ", problems " + problems.size();
    }
}
