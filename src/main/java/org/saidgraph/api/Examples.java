package org.saidgraph.api;

/** Real answers on the seed article (trimmed), shown as response examples in the OpenAPI description. */
final class Examples {

    static final String SEARCH = """
            {"items":[{"id":"gitanas-nauseda","name":"Gitanas Nausėda","type":"person","score":1.0}],
             "page":0,"size":20,"total":1,"totalIsLowerBound":false,
             "articles":{"items":[{"id":"musk-ukraine-peace-plan",
               "title":"Elon Musk denies speaking to Putin before tweeting Ukraine peace plan","score":1.0,
               "passageCount":1,"passages":[{"start":2420,"end":2543,
                 "text":"The Tesla's idea drew criticism from European leaders across the spectrum including Lithuania's president, Gitanas Nausėda.",
                 "highlights":[{"start":2535,"end":2542}]}]}],"page":0,"size":20,"total":1,
               "totalIsLowerBound":false}}""";

    static final String PERSON = """
            {"id":"elon-musk","name":"Elon Musk","type":"person","aliases":["@elonmusk","elonmusk","Musk"],
             "description":"The world's richest man, a billionaire; Tesla CEO and chief executive of SpaceX.",
             "wikidata":"Q317521","roles":[{"title":"chief executive","of":{"id":"spacex","name":"SpaceX",
             "type":"organization"},"articleCount":1,"articles":["musk-ukraine-peace-plan"]},{"title":"CEO",
             "of":{"id":"tesla","name":"Tesla","type":"organization"},"articleCount":1,
             "articles":["musk-ukraine-peace-plan"]}],"counts":{"said":8,"saidThroughOthers":2,"relayed":2,
             "mentionedIn":10,"addressedIn":5,"articles":1}}""";

    static final String ORGANIZATION = """
            {"id":"tesla","name":"Tesla","type":"organization","aliases":["Tesla Inc","Tesla Motors","Tesla, Inc."],
             "kind":"company","roles":[],"roleHolders":[{"title":"CEO","holder":{"id":"elon-musk",
             "name":"Elon Musk","type":"person"},"articleCount":1,"articles":["musk-ukraine-peace-plan"]}],
             "counts":{"said":0,"saidThroughOthers":0,"relayed":0,"mentionedIn":2,"addressedIn":0,"articles":1}}""";

    static final String TERRITORY = """
            {"id":"crimea","name":"Crimea","type":"territory","aliases":["Crimean Peninsula","Krym"],
             "kind":"peninsula","wikidata":"Q7835","roles":[],"roleHolders":[],"partOf":[{"id":"ukraine",
             "name":"Ukraine","type":"territory"}],"parts":[],"annexationClaimedBy":[{"by":{"id":"russia",
             "name":"Russia","type":"territory"},"year":2014,"recognised":false,"articleCount":1,
             "articles":["musk-ukraine-peace-plan"]}],"annexationsClaimed":[],"counts":{"said":0,
             "saidThroughOthers":0,"relayed":0,"mentionedIn":5,"addressedIn":0,"articles":1}}""";

    /** One statement as every statement answer shows it. */
    static final String STATEMENT = """
            {"id":"musk-ukraine-peace-plan.musk-denial-tweet",
             "text":"No, it is not. I have spoken to Putin only once and that was about 18 months ago. The subject matter was space.",
             "verbatim":true,"act":"denial","medium":"tweet","date":"2022-10-11","dateSource":"external","confidence":1.0,
             "origin":"curated","speaker":{"id":"elon-musk","name":"Elon Musk","type":"person"},"firstHand":true,
             "relayChain":[],"disputed":false,"disputedBy":[],"reports":[],"reportedIn":[],"respondsTo":[],
             "denies":[{"id":"musk-ukraine-peace-plan.bremmer-claims-musk-spoke-to-putin",
             "text":"Elon Musk told him about his discussion with Vladimir Putin, and that Putin was prepared to negotiate, but only if certain requirements were met.",
             "act":"claim","verbatim":false,"speaker":{"id":"ian-bremmer","name":"Ian Bremmer"}}],"replies":[],
             "deniedBy":[],"addressedTo":[],"mentions":[{"id":"vladimir-putin","name":"Vladimir Putin",
             "type":"person"}],"source":{"articleId":"musk-ukraine-peace-plan",
             "title":"Elon Musk denies speaking to Putin before tweeting Ukraine peace plan","start":617,"end":728,
             "evidence":"No, it is not. I have spoken to Putin only once and that was about 18 months ago. The subject matter was space.",
             "passage":"But since when asked if the claims, published by Vice were true, the billionaire tweeted: \\"No, it is not. I have spoken to Putin only once and that was about 18 months ago. The subject matter was space.\\""},
             "counts":{"replies":0,"deniedBy":0,"reportedIn":0},"utterance":{"id":"elon-musk.u4253618ab953",
             "match":"exact","occurrences":1,"firstSeen":"2022-10-11","lastSeen":"2022-10-11","outlets":[]}}""";

    static final String PUTIN_STATEMENTS = """
            {"items":[{"id":"musk-ukraine-peace-plan.putin-demands",
             "text":"Crimea must remain Russian, Ukraine must accept a form of permanent neutrality, and the world must recognise Russia's annexation of Luhansk, Donetsk, Kherson and Zaporizhzhia.",
             "verbatim":false,"act":"demand","speaker":{"id":"vladimir-putin","name":"Vladimir Putin",
             "type":"person"},"firstHand":false,"relayChain":[{"hop":1,"id":"elon-musk","name":"Elon Musk",
             "type":"person"},{"hop":2,"id":"ian-bremmer","name":"Ian Bremmer","type":"person"}],"disputed":true,
             "disputedBy":[{"id":"musk-ukraine-peace-plan.musk-denial-tweet","act":"denial","verbatim":true,
             "speaker":{"id":"elon-musk",
             "name":"Elon Musk"}},{"id":"musk-ukraine-peace-plan.musk-denies-putin-call","act":"denial",
             "verbatim":false,"speaker":{"id":"elon-musk","name":"Elon Musk"}}],"mentions":[{"id":"zaporizhzhia",
             "name":"Zaporizhzhia","type":"territory","position":"annexation-recognised"}],
             "source":{"articleId":"musk-ukraine-peace-plan",
             "title":"Elon Musk denies speaking to Putin before tweeting Ukraine peace plan","start":835,"end":1030,
             "evidence":"They were that Crimea remain Russian, that Ukraine must accept a form of permanent neutrality, and that the world must recognise Russia’s annexation of Luhansk, Donetsk, Kherson and Zaporizhzhia.",
             "passage":"They were that Crimea remain Russian, that Ukraine must accept a form of permanent neutrality, and that the world must recognise Russia’s annexation of Luhansk, Donetsk, Kherson and Zaporizhzhia."}}],
             "page":0,"size":20,"total":2,"totalIsLowerBound":false}""";

    static final String TERRITORY_STATEMENTS = """
            {"items":[{"positions":[{"territory":"crimea","position":"recognise-as-russian"}],
             "statement":{"id":"musk-ukraine-peace-plan.musk-peace-proposal","speaker":{"id":"elon-musk",
             "name":"Elon Musk","type":"person"},"firstHand":true,"disputed":false,
             "…":"…"}},{"positions":[{"territory":"crimea","position":"return-to-ukraine"}],
             "statement":{"id":"musk-ukraine-peace-plan.podolyak-better-peace-plan",
             "speaker":{"id":"mykhaylo-podolyak","name":"Mykhaylo Podolyak","type":"person"},"firstHand":true,
             "disputed":false,"…":"…"}},{"positions":[{"territory":"crimea","position":"decide-by-vote"}],
             "statement":{"id":"musk-ukraine-peace-plan.musk-second-poll","speaker":{"id":"elon-musk",
             "name":"Elon Musk","type":"person"},"firstHand":true,"disputed":false,"…":"…"}}],"page":0,"size":3,
             "total":5,"totalIsLowerBound":false}""";

    static final String POSITIONS = """
            {"items":[{"position":"decide-by-vote","speakers":[{"id":"elon-musk","name":"Elon Musk",
             "type":"person"}],"speakerCount":1,"territories":[{"id":"crimea","name":"Crimea","type":"territory"}],
             "statementCount":2,"firstHand":true,"firstHandCount":2,"disputed":false,"disputedCount":0,
             "disputedBy":[],"statements":[{"id":"musk-ukraine-peace-plan.musk-second-poll",
             "…":"…"}]},{"position":"recognise-as-russian","speakers":[{"id":"elon-musk","name":"Elon Musk",
             "type":"person"}],"speakerCount":1,"territories":[{"id":"crimea","name":"Crimea","type":"territory"}],
             "statementCount":1,"firstHand":true,"firstHandCount":1,"disputed":false,"disputedCount":0,
             "disputedBy":[],"statements":[{"id":"musk-ukraine-peace-plan.musk-peace-proposal",
             "…":"…"}]},{"position":"remain-russian","speakers":[{"id":"vladimir-putin","name":"Vladimir Putin",
             "type":"person"}],"speakerCount":1,"territories":[{"id":"crimea","name":"Crimea","type":"territory"}],
             "statementCount":1,"firstHand":false,"firstHandCount":0,"disputed":true,"disputedCount":1,
             "disputedBy":[{"id":"musk-ukraine-peace-plan.musk-denial-tweet",
             "act":"denial"},{"id":"musk-ukraine-peace-plan.musk-denies-putin-call","act":"denial"}],
             "statements":[{"id":"musk-ukraine-peace-plan.putin-demands","…":"…"}]},{"position":"return-to-ukraine",
             "speakers":[{"id":"mykhaylo-podolyak","name":"Mykhaylo Podolyak","type":"person"}],"speakerCount":1,
             "territories":[{"id":"crimea","name":"Crimea","type":"territory"}],"statementCount":1,"firstHand":true,
             "firstHandCount":1,"disputed":false,"disputedCount":0,"disputedBy":[],
             "statements":[{"id":"musk-ukraine-peace-plan.podolyak-better-peace-plan","…":"…"}]}],"page":0,
             "size":20,"total":4,"totalIsLowerBound":false}""";

    static final String STATEMENTS = """
            {"items":[{"id":"musk-ukraine-peace-plan.musk-denies-putin-call","act":"denial","date":"2022-10-11",
             "…":"…"},{"id":"musk-ukraine-peace-plan.musk-denial-tweet","act":"denial","date":"2022-10-11",
             "…":"…"}],"page":0,"size":20,"total":2,"totalIsLowerBound":false}""";

    static final String THREAD = """
            {"focus":"musk-ukraine-peace-plan.musk-denial-tweet","size":3,"truncated":false,
             "roots":[{"relation":null,"focus":false,
               "statement":{"id":"musk-ukraine-peace-plan.bremmer-claims-musk-spoke-to-putin","act":"claim","…":"…"},
               "children":[
                 {"relation":"denies","focus":false,"statement":{"id":"musk-ukraine-peace-plan.musk-denies-putin-call","…":"…"},"children":[]},
                 {"relation":"denies","focus":true,"statement":{"id":"musk-ukraine-peace-plan.musk-denial-tweet","…":"…"},"children":[]}]}]}""";

    static final String PATHS = """
            {"items":[{"length":2,
               "explanation":"Gitanas Nausėda replied: “Dear @elonmusk, when someone tries to steal the wheels of your Tesla, it doesn’t make them legal owner of the car or of the wheels.” and “Even though they claim both voted in favour of it. Just saying.” It is addressed to Elon Musk and mentions Elon Musk.",
               "variants":5,
               "steps":[
                 {"from":{"id":"gitanas-nauseda","type":"person","name":"Gitanas Nausėda"},"relationship":"SAID","forward":true,
                  "to":{"id":"musk-ukraine-peace-plan.nauseda-wheels-tweet","type":"statement",
                        "text":"Dear @elonmusk, when someone tries to steal the wheels of your Tesla, it doesn’t make them legal owner of the car or of the wheels.",
                        "verbatim":true,"act":"analogy","speaker":{"id":"gitanas-nauseda","name":"Gitanas Nausėda","type":"person"},
                        "evidence":"Dear @elonmusk, when someone tries to steal the wheels of your Tesla, it doesn’t make them legal owner of the car or of the wheels.",
                        "twins":["musk-ukraine-peace-plan.nauseda-reply","musk-ukraine-peace-plan.nauseda-voted-in-favour-tweet"]},
                  "words":"Gitanas Nausėda replied: “Dear @elonmusk, when someone tries to steal the wheels of your Tesla, it doesn’t make them legal owner of the car or of the wheels.” and “Even though they claim both voted in favour of it. Just saying.”","also":[]},
                 {"from":{"id":"musk-ukraine-peace-plan.nauseda-wheels-tweet","type":"statement","…":"…"},
                  "relationship":"ADDRESSED_TO","forward":true,"to":{"id":"elon-musk","type":"person","name":"Elon Musk"},
                  "words":"Gitanas Nausėda replied: “Dear @elonmusk, when someone tries to steal the wheels of your Tesla, it doesn’t make them legal owner of the car or of the wheels.” and “Even though they claim both voted in favour of it. Just saying.” It is addressed to Elon Musk and mentions Elon Musk.",
                  "also":[{"relationship":"MENTIONS","forward":true}]}],
               "statements":[{"id":"musk-ukraine-peace-plan.nauseda-reply","…":"…"}]}],
             "page":0,"size":1,"total":1,"totalIsLowerBound":false,"truncated":false}""";

    static final String ARTICLES = """
            {"items":[{"id":"musk-ukraine-peace-plan",
             "title":"Elon Musk denies speaking to Putin before tweeting Ukraine peace plan",
             "url":"https://d33gy59ovltp76.cloudfront.net/news/elon-musk-denies-speaking-to-vladimir-putin-before-tweeting-ukraine-peace-plan",
             "origin":"curated","statements":27,"entities":31,"speakers":11}],"page":0,"size":20,"total":1,
             "totalIsLowerBound":false}""";

    static final String ARTICLE = """
            {"id":"musk-ukraine-peace-plan",
             "title":"Elon Musk denies speaking to Putin before tweeting Ukraine peace plan",
             "url":"https://d33gy59ovltp76.cloudfront.net/news/elon-musk-denies-speaking-to-vladimir-putin-before-tweeting-ukraine-peace-plan",
             "origin":"curated","text":"The World's richest man Elon Musk has denied reports …",
             "statements":[{"id":"musk-ukraine-peace-plan.musk-denies-putin-call","start":24,"end":184,
             "act":"denial","verbatim":false,"speaker":{"id":"elon-musk","name":"Elon Musk"},
             "text":"He did not speak directly to Russian President Vladimir Putin before tweeting out his proposal to end the war in Ukraine.",
             "evidence":"Elon Musk has denied reports he spoke directly to Russian President Vladimir Putin before tweeting out his widely criticised proposal to end the war in Ukraine."}],
             "entities":[{"id":"andriy-melnyk","name":"Andriy Melnyk","type":"person"}]}""";

    static final String LOADED = """
            {"articleId":"my-article","status":"CREATED","entities":1,"statements":1,
             "counts":{"nodesCreated":4,"nodesDeleted":0,"relationshipsCreated":4,"relationshipsDeleted":0,"propertiesSet":46}}""";

    static final String CYPHER = """
            {"columns":["speaker","position"],
             "rows":[["Elon Musk","decide-by-vote"],["Elon Musk","recognise-as-russian"],["Mykhaylo Podolyak","return-to-ukraine"],["Vladimir Putin","remain-russian"]],
             "rowCount":4,"truncated":false,"truncatedBy":null,"maxRows":10000,"elapsedMs":264,"notifications":[]}""";

    private Examples() {
    }

    static final String UTTERANCE = """
            {"id":"elon-musk.u4253618ab953",
             "text":"No, it is not. I have spoken to Putin only once and that was about 18 months ago. The subject matter was space.",
             "verbatim":true,"speaker":{"id":"elon-musk","name":"Elon Musk","type":"person"},"date":"2022-10-11",
             "firstSeen":"2022-10-11","lastSeen":"2022-10-11","occurrences":1,"outlets":[],
             "reports":{"items":[{"match":"exact","score":1.0,
             "statement":{"id":"musk-ukraine-peace-plan.musk-denial-tweet","…":"…"}}],"page":0,"size":20,"total":1,
             "totalIsLowerBound":false}}""";

    static final String PERSON_TIMELINE = """
            {"entity":{"id":"elon-musk","name":"Elon Musk","type":"person"},"from":"2022-10-03","to":"2022-10-11",
             "bucket":"week","statements":5,"truncated":false,"undated":3,"buckets":[{"start":"2022-10-03",
             "end":"2022-10-09","statements":3,"utterances":3,"acts":{"poll":2,"proposal":1},
             "positions":[{"territory":"crimea","position":"decide-by-vote","speakers":[{"id":"elon-musk",
             "name":"Elon Musk","type":"person"}],"statements":2},{"territory":"crimea",
             "position":"recognise-as-russian","speakers":[{"id":"elon-musk","name":"Elon Musk","type":"person"}],
             "statements":1},"…"],"items":[{"statement":"musk-ukraine-peace-plan.musk-peace-proposal",
             "utterance":"elon-musk.u4f57e24a5c37","date":"2022-10-03","speaker":{"id":"elon-musk",
             "name":"Elon Musk","type":"person"},"act":"proposal",
             "text":"To end the war in Ukraine, Crimea should be formally recognised as a part of Russia, and further elections should be held in the annexed areas, but under UN supervision.",
             "verbatim":false,"reports":1,"occurrences":1,"positions":[{"territory":"crimea",
             "position":"recognise-as-russian"},"…"]},"…"]},{"start":"2022-10-10","end":"2022-10-16",
             "statements":2,"utterances":2,"acts":{"denial":2},"positions":[],"items":["…"]}]}""";

    static final String TERRITORY_TIMELINE = """
            {"entity":{"id":"crimea","name":"Crimea","type":"territory"},"from":"2022-10-03","to":"2022-10-03",
             "bucket":"week","statements":4,"truncated":false,"undated":1,"buckets":[{"start":"2022-10-03",
             "end":"2022-10-09","statements":4,"utterances":4,"acts":{"poll":2,"proposal":2},
             "positions":[{"territory":"crimea","position":"decide-by-vote","speakers":[{"id":"elon-musk",
             "name":"Elon Musk","type":"person"}],"statements":2},{"territory":"crimea",
             "position":"recognise-as-russian","speakers":[{"id":"elon-musk","name":"Elon Musk","type":"person"}],
             "statements":1},{"territory":"crimea","position":"return-to-ukraine",
             "speakers":[{"id":"mykhaylo-podolyak","name":"Mykhaylo Podolyak","type":"person"}],"statements":1}],
             "items":[{"statement":"musk-ukraine-peace-plan.musk-peace-proposal","…":"…"},"…"]}]}""";
}
