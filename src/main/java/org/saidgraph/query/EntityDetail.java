package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A person, organization, territory or group with what the graph knows of it. {@code aliases} and {@code roles} are
 * always there (empty when there are none); the lists that apply to its type are always there too ({@code
 * roleHolders} for organizations and territories, the territorial facts for territories); those that cannot apply
 * (annexation facts for a person) are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityDetail(
        String id,
        String name,
        String type,
        List<String> aliases,
        String kind,
        String description,
        String wikidata,
        List<Role> roles,
        List<RoleHolder> roleHolders,
        List<EntityRef> partOf,
        List<EntityRef> parts,
        List<Annexation> annexationClaimedBy,
        List<Annexation> annexationsClaimed,
        Counts counts) {

    // Schema names: springdoc names schemas by simple class name, so without them the dataset's Role and the
    // loader's Counts would silently stand for these in the API description.
    /**
     * A role the person holds: "chief executive" of SpaceX. {@code articleCount}: how many articles say so;
     * {@code articles}: up to five of their ids, sorted (a popular fact is asserted by thousands).
     */
    @Schema(name = "EntityRole")
    public record Role(String title, EntityRef of, long articleCount,
                       @Schema(description = "up to five ids of the articles that assert it, sorted")
                       List<String> articles) {
    }

    /** A person holding a role in this organization or territory; {@code articleCount}, {@code articles}: see Role. */
    public record RoleHolder(String title, EntityRef holder, long articleCount,
                             @Schema(description = "up to five ids of the articles that assert it, sorted")
                             List<String> articles) {
    }

    /**
     * A claim of annexation: on a territory, {@code territory} is empty and {@code by} names the claimant; on the
     * claimant, {@code territory} names what it claims. {@code articleCount} and {@code articles} as in
     * {@link Role}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annexation(EntityRef territory, EntityRef by, Integer year, Boolean recognised, long articleCount,
                             @Schema(description = "up to five ids of the articles that assert it, sorted")
                             List<String> articles) {
    }

    /**
     * @param said              statements it said (first-hand or through others)
     * @param saidThroughOthers of those, the ones that reached us only through others
     * @param relayed           statements of others it passed on
     * @param mentionedIn       statements that mention it
     * @param addressedIn       statements addressed to it
     * @param articles          articles that name it
     */
    @Schema(name = "EntityCounts")
    public record Counts(long said, long saidThroughOthers, long relayed, long mentionedIn, long addressedIn,
                         long articles) {
    }
}
