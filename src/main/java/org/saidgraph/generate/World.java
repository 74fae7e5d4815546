package org.saidgraph.generate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.saidgraph.dataset.Entity;
import org.saidgraph.dataset.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The pools every article of a corpus draws from: people with roles, organizations (media outlets among them),
 * collective speakers, and territories with {@code partOf} and annexation claims. Built once from the seed, so an
 * entity has the same id, name and aliases in every article that names it. The seed article's contested territories
 * are part of it under their seed ids, so a generated corpus and the seed share them.
 */
final class World {

    /** The seed's territories that Russia claims to have annexed: the only ones the Russia-specific positions fit. */
    private static final List<String> RUSSIA_CLAIMED = List.of("crimea", "donetsk", "luhansk", "zaporizhzhia",
            "kherson");
    /** Publishers are drawn with a milder skew than speakers: a few big outlets, a long tail. */
    private static final double OUTLET_SKEW = 0.7;
    private static final double PLACE_SKEW = 0.8;

    final Map<String, Entity> entities;
    final Map<String, Actor> actors;
    final Zipf<Actor> people;
    final Zipf<Actor> speakingOrganizations;
    final Zipf<Actor> outlets;
    final List<Actor> groups;
    final Zipf<Entity> countries;
    final Zipf<Entity> cities;
    final Zipf<Entity> contested;
    final Zipf<Entity> russiaClaimed;
    final List<Entity> neutralityCandidates;

    private World(Builder b) {
        this.entities = Map.copyOf(b.entities);
        this.actors = Map.copyOf(b.actors);
        this.people = new Zipf<>(b.people, b.settings.speakerSkew());
        this.speakingOrganizations = new Zipf<>(b.speakingOrganizations, b.settings.speakerSkew());
        this.outlets = new Zipf<>(b.outlets, OUTLET_SKEW);
        this.groups = List.copyOf(b.groups);
        this.countries = new Zipf<>(b.countries, PLACE_SKEW);
        this.cities = new Zipf<>(b.cities, PLACE_SKEW);
        this.contested = new Zipf<>(b.contested, 1.0);
        this.russiaClaimed = new Zipf<>(RUSSIA_CLAIMED.stream().map(b.entities::get).toList(), 1.0);
        List<Entity> neutral = new ArrayList<>(b.countries);
        neutral.add(0, b.entities.get("ukraine"));
        this.neutralityCandidates = List.copyOf(neutral);
    }

    static World build(GeneratorSettings settings) {
        return new Builder(settings).build();
    }

    Entity entity(String id) {
        Entity entity = entities.get(id);
        if (entity == null) {
            throw new IllegalStateException("no entity " + id + " in the generated world");
        }
        return entity;
    }

    private static final class Builder {

        private final GeneratorSettings settings;
        private final SplittableRandom random;
        private final Map<String, Entity> entities = new LinkedHashMap<>();
        private final Map<String, Actor> actors = new HashMap<>();
        private final Set<String> names = new HashSet<>();
        private final List<Actor> people = new ArrayList<>();
        private final List<Actor> speakingOrganizations = new ArrayList<>();
        private final List<Actor> outlets = new ArrayList<>();
        private final List<Actor> groups = new ArrayList<>();
        private final List<Entity> countries = new ArrayList<>();
        private final List<Entity> regions = new ArrayList<>();
        private final List<Entity> cities = new ArrayList<>();
        private final List<Entity> contested = new ArrayList<>();
        private final Map<String, List<Actor>> organizationsByKind = new HashMap<>();
        private final List<String> placeStems = WordLists.lines("place-stems.txt");
        private final List<String> countryEndings = WordLists.lines("country-endings.txt");
        private final List<String> regionEndings = WordLists.lines("region-endings.txt");
        private final List<String> cityEndings = WordLists.lines("city-endings.txt");

        Builder(GeneratorSettings settings) {
            this.settings = settings;
            this.random = new SplittableRandom(Seeds.mix(settings.seed(), Seeds.WORLD));
        }

        World build() {
            territories();
            organizations();
            groups();
            people();
            return new World(this);
        }

        private void territories() {
            List<Entity> real = readRealTerritories();
            real.forEach(this::register);
            RUSSIA_CLAIMED.forEach(id -> contested.add(entities.get(id)));
            int invented = settings.territories() - real.size();
            int countryCount = Math.max(3, invented / 10);
            int regionCount = Math.max(3, invented / 3);
            int cityCount = Math.max(1, invented - countryCount - regionCount);
            for (int i = 0; i < countryCount; i++) {
                String name = uniqueName(() -> pick(placeStems) + pick(countryEndings));
                Entity country = territory(name, "country", random.nextBoolean() ? List.of("europe") : List.of(),
                        List.of(), List.of());
                countries.add(country);
            }
            // A few regions are claimed by a neighbour: the first claim is recognised, the others are not.
            int claims = Math.max(2, invented / 40);
            for (int i = 0; i < regionCount; i++) {
                String name = uniqueName(() -> pick(placeStems) + pick(regionEndings));
                Entity country = pick(countries);
                List<Entity.AnnexationClaim> claimedBy = List.of();
                if (i < claims) {
                    Entity claimant = pick(countries);
                    while (claimant == country) {
                        claimant = pick(countries);
                    }
                    claimedBy = List.of(new Entity.AnnexationClaim(claimant.id(), 1991 + random.nextInt(33), i == 0));
                }
                Entity region = territory(name, "region", List.of(country.id()), List.of(name + " region"), claimedBy);
                regions.add(region);
                if (!claimedBy.isEmpty()) {
                    contested.add(region);
                }
            }
            for (int i = 0; i < cityCount; i++) {
                String name = uniqueName(() -> pick(placeStems) + pick(cityEndings));
                cities.add(territory(name, "city", List.of(pick(regions).id()), List.of(), List.of()));
            }
        }

        private Entity territory(String name, String kind, List<String> partOf, List<String> aliases,
                                 List<Entity.AnnexationClaim> claims) {
            List<String> all = new ArrayList<>(aliases);
            addFolded(all, name);
            return register(new Entity(EntityType.TERRITORY, Ascii.slug(name), name, all, kind, null, null, null,
                    partOf, claims, null));
        }

        private void organizations() {
            List<List<String>> rows = WordLists.rows("organizations.tsv", 3);
            List<List<String>> media = rows.stream().filter(r -> r.get(0).equals("media")).toList();
            List<List<String>> others = rows.stream().filter(r -> !r.get(0).equals("media")).toList();
            for (int i = 0; i < settings.mediaOutlets(); i++) {
                outlets.add(organization(media));
            }
            for (int i = settings.mediaOutlets(); i < settings.organizations(); i++) {
                speakingOrganizations.add(organization(others));
            }
        }

        /** An organization from one of the patterns; the pattern is drawn anew for each candidate name. */
        private Actor organization(List<List<String>> patterns) {
            List<List<String>> row = new ArrayList<>(List.of(List.of()));
            String name = uniqueName(() -> {
                row.set(0, pick(patterns));
                return fill(row.get(0).get(2));
            });
            String kind = row.get(0).get(0);
            List<String> aliases = new ArrayList<>();
            if (name.startsWith("The ")) {
                aliases.add(name.substring(4));
            }
            addFolded(aliases, name);
            Entity entity = register(new Entity(EntityType.ORGANIZATION, Ascii.slug(name), name, aliases, kind, null,
                    null, null, null, null, null));
            String reference = row.get(0).get(1).equals("the") ? "the " + name : name;
            Actor actor = actor(new Actor(entity, reference, reference, "it"));
            organizationsByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(actor);
            return actor;
        }

        private void groups() {
            List<String> patterns = WordLists.lines("groups.txt");
            for (int i = 0; i < settings.groups(); i++) {
                String name = uniqueName(() -> fill(pick(patterns)));
                Entity entity = register(new Entity(EntityType.GROUP, Ascii.slug(name), name, null, null, null, null,
                        null, null, null, null));
                String reference = Character.toLowerCase(name.charAt(0)) + name.substring(1);
                groups.add(actor(new Actor(entity, reference, reference, "them")));
            }
        }

        private void people() {
            List<List<String>> given = WordLists.rows("given-names.tsv", 2);
            List<String> stems = WordLists.lines("surname-stems.txt");
            List<String> endings = WordLists.lines("surname-endings.txt");
            Roles roles = new Roles();
            for (int i = 0; i < settings.people(); i++) {
                List<String> first = pick(given);
                String[] surname = new String[1];
                String name = uniqueName(() -> {
                    surname[0] = pick(stems) + pick(endings);
                    return first.get(0) + " " + surname[0];
                });
                double r = random.nextDouble();
                List<Entity.Role> held = r < 0.15 ? List.of() : r < 0.75 ? roles.draw(1) : roles.draw(2);
                List<String> aliases = new ArrayList<>(List.of(surname[0]));
                addFolded(aliases, name);
                if (random.nextDouble() < 0.25) {
                    aliases.add("@" + Ascii.slug(name).replace("-", ""));
                }
                String description = null;
                String firstMention = name;
                if (!held.isEmpty()) {
                    Entity.Role role = held.get(0);
                    String holder = reference(role.of());
                    description = Character.toUpperCase(role.title().charAt(0)) + role.title().substring(1) + ", "
                            + entities.get(role.of()).name() + ".";
                    firstMention = possessive(holder) + " " + role.title() + " " + name;
                }
                Entity entity = register(new Entity(EntityType.PERSON, Ascii.slug(name), name, aliases, null,
                        description, null, held, null, null, null));
                people.add(actor(new Actor(entity, firstMention, surname[0], first.get(1).equals("f") ? "her" : "him")));
            }
        }

        /** How the text names a role's holder: a territory by name, an organization as its actor does. */
        private String reference(String id) {
            Actor actor = actors.get(id);
            return actor == null ? entities.get(id).name() : actor.firstMention();
        }

        /** Draws roles: a holder by kind, then a title that kind of holder gives; unique titles go to one person. */
        private final class Roles {
            private final Map<String, List<List<String>>> titles = new HashMap<>();
            private final Set<String> taken = new HashSet<>();
            private final List<String> kinds = List.of("country", "country", "country", "country", "country",
                    "region", "city", "city", "company", "company", "company", "media", "media", "media",
                    "political", "political", "ngo", "research", "intergovernmental", "military", "government");

            Roles() {
                for (List<String> row : WordLists.rows("roles.tsv", 3)) {
                    titles.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row);
                }
            }

            List<Entity.Role> draw(int count) {
                List<Entity.Role> roles = new ArrayList<>();
                for (int attempt = 0; roles.size() < count && attempt < 50; attempt++) {
                    String kind = pick(kinds);
                    List<String> holders = holders(kind);
                    if (holders.isEmpty()) {
                        continue;
                    }
                    String holder = pick(holders);
                    List<String> row = pick(titles.get(kind));
                    String title = row.get(2).replace("{country}", otherCountry(holder).name());
                    boolean sameHolder = roles.stream().anyMatch(r -> r.of().equals(holder));
                    if (sameHolder || row.get(1).equals("unique") && !taken.add(holder + "\t" + title)) {
                        continue;
                    }
                    roles.add(new Entity.Role(title, holder));
                }
                return roles;
            }

            /** An ambassador is sent to another country than their own. */
            private Entity otherCountry(String holder) {
                Entity country = pick(countries);
                while (country.id().equals(holder)) {
                    country = pick(countries);
                }
                return country;
            }

            private List<String> holders(String kind) {
                return switch (kind) {
                    case "country" -> countries.stream().map(Entity::id).toList();
                    case "region" -> regions.stream().map(Entity::id).toList();
                    case "city" -> cities.stream().map(Entity::id).toList();
                    case "media" -> outlets.stream().map(Actor::id).toList();
                    default -> organizationsByKind.getOrDefault(kind, List.of()).stream().map(Actor::id).toList();
                };
            }
        }

        private String fill(String pattern) {
            return pattern.replace("{stem}", stem())
                    .replace("{country}", pick(countries).name())
                    .replace("{city}", pick(cities).name())
                    .replace("{region}", pick(regions).name());
        }

        /** An invented word: a place stem, sometimes joined to a second one ("Korval"). */
        private String stem() {
            String stem = pick(placeStems);
            return random.nextBoolean() ? stem : stem + pick(placeStems).toLowerCase(java.util.Locale.ROOT);
        }

        /** A name no other entity has, whose id no other entity has either. */
        private String uniqueName(Supplier<String> candidates) {
            for (int attempt = 0; attempt < 10_000; attempt++) {
                String name = candidates.get();
                String id = Ascii.slug(name);
                if (!id.isEmpty() && !entities.containsKey(id) && names.add(name)) {
                    return name;
                }
            }
            throw new IllegalArgumentException("the word lists cannot make that many distinct names; ask for a "
                    + "smaller pool");
        }

        private Entity register(Entity entity) {
            if (entities.putIfAbsent(entity.id(), entity) != null) {
                throw new IllegalStateException("two entities with id " + entity.id());
            }
            names.add(entity.name());
            return entity;
        }

        private Actor actor(Actor actor) {
            actors.put(actor.id(), actor);
            return actor;
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private static void addFolded(List<String> aliases, String name) {
            if (Ascii.hasDiacritics(name)) {
                aliases.add(Ascii.fold(name));
            }
        }

        private static String possessive(String name) {
            return name.endsWith("s") ? name + "'" : name + "'s";
        }

        private static List<Entity> readRealTerritories() {
            try (InputStream in = World.class.getResourceAsStream("/generate/real-territories.json")) {
                if (in == null) {
                    throw new IllegalStateException("generate/real-territories.json missing from the classpath");
                }
                return JsonMapper.builder().build().readValue(in, new TypeReference<List<Entity>>() {
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
