package org.saidgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A person, organization, territory or group, by id, with its name and type ({@code person}, …). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EntityRef(String id, String name, String type) {
}
