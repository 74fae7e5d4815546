package org.saidgraph.load;

import java.util.List;
import java.util.Map;

/**
 * What the graph holds of an article before a load or delete changes it (load/read-articles.cypher).
 *
 * @param fingerprint the fingerprint of the dataset it was last loaded from
 * @param names       what it gave each entity it names; empty when the fingerprint equals the one being loaded
 * @param labels      the label of each of those entities (Person, Organization, Territory or Group)
 * @param speakers    the speakers of its statements; empty when the fingerprint equals the one being loaded
 */
public record Previous(String articleId, String fingerprint, String file, String fileStamp, List<Naming> names,
                Map<String, String> labels, List<String> speakers) {

    @SuppressWarnings("unchecked")
    static Previous of(Map<String, Object> row) {
        List<Naming> names = new java.util.ArrayList<>();
        Map<String, String> labels = new java.util.HashMap<>();
        for (Object o : (List<Object>) row.get("names")) {
            Map<String, Object> n = (Map<String, Object>) o;
            String entity = (String) n.get("entity");
            names.add(new Naming(entity, Naming.strings(n.get("aliases")), Naming.strings(n.get("roles")),
                    Naming.strings(n.get("partOf")), Naming.strings(n.get("annexationClaimedBy"))));
            labels.put(entity, (String) n.get("label"));
        }
        return new Previous((String) row.get("id"), (String) row.get("fingerprint"), (String) row.get("file"),
                (String) row.get("fileStamp"), names, labels, Naming.strings(row.get("speakers")));
    }
}
