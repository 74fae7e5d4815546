package org.saidgraph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Filter {@code photo-caption} ({@link PhotoCaptions}): a paragraph labelled as a photo caption tells what a picture
 * shows, and a verb of speaking in it makes no statement; the same words as narration still do. The texts are
 * invented for these tests.
 */
class PhotoCaptionTest {

    private static final ListTagger PEOPLE = ListTagger.people("Ruth Abara");

    @Test
    void aCaptionsSpeakingVerbMakesNoStatement() {
        Extractor.Traced traced = Extraction.traced("Vaccine rollout\n\nRuth Abara told parliament that the second "
                + "phase would start in May.\n\nPictured: Health Minister Ruth Abara speaks to reporters outside "
                + "parliament on Tuesday.", PEOPLE);
        assertThat(traced.dataset().statements()).noneMatch(s -> s.text().contains("reporters"));
        assertThat(traced.dropped()).extracting(DroppedStatement::filter).contains("photo-caption");
    }

    @Test
    void aCaptionLabelledPhotoWithWhatWasSaidIsNoStatementEither() {
        Extraction x = Extraction.of("Vaccine rollout\n\nThe rollout will start in May.\n\nPHOTO: Ruth Abara, who "
                + "said the delay was short, leaves parliament on Tuesday.", PEOPLE);
        assertThat(x.dataset().statements()).noneMatch(s -> s.text().contains("delay was short"));
    }

    @Test
    void narrationOpeningWithTheLabelsWordStillReportsWhatWasSaid() {
        Extraction x = Extraction.of("Vaccine rollout\n\nPhotos showed long queues, and Ruth Abara said the delay "
                + "was short.", PEOPLE);
        assertThat(x.speakerName("the delay was short")).isEqualTo("Ruth Abara");
    }
}
