package org.saidgraph.evaluate;

/**
 * A gold attribution classified for saidgraph's scope: {@code DIRECT} when its content holds at least three quoted
 * words (a pure quote, or a reported clause with a quoted fragment), {@code INDIRECT} when it is not direct and its
 * cue is a speech or communication act ({@link SpeechCues}), {@code OTHER} for the rest (beliefs, wishes, poll
 * findings), which only counts towards precision.
 */
public record GoldAttribution(BratAttribution attribution, Kind kind, GoldSpeaker speaker) {

    public enum Kind { DIRECT, INDIRECT, OTHER }
}
