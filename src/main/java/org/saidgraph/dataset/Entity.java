package org.saidgraph.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A person, organization, territory or group the article names. One record serves all four types; the schema says
 * which fields belong to which type (roles to people, kind to organizations and territories, partOf and
 * annexationClaimedBy to territories).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "id", "name", "aliases", "kind", "description", "wikidata", "roles", "partOf",
        "annexationClaimedBy", "confidence"})
public record Entity(
        EntityType type,
        String id,
        String name,
        List<String> aliases,
        String kind,
        String description,
        String wikidata,
        List<Role> roles,
        List<String> partOf,
        List<AnnexationClaim> annexationClaimedBy,
        Double confidence) {

    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        partOf = partOf == null ? List.of() : List.copyOf(partOf);
        annexationClaimedBy = annexationClaimedBy == null ? List.of() : List.copyOf(annexationClaimedBy);
    }

    /** A role a person holds, as the article states it: "chief executive" of SpaceX. */
    public record Role(String title, String of) {
    }

    /** A state's claim to have annexed a territory, and whether the world recognises it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnnexationClaim(String by, Integer year, boolean recognised) {
    }

    public double confidenceOrDefault() {
        return confidence == null ? 1.0 : confidence;
    }
}
