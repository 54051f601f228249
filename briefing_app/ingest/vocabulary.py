"""General English word lists detection relies on (ordinals, imperative verbs, title words).

Kept apart so the rules in detect.py and recommendations.py stay readable and
so it is plain that these are the language's words, not any article's.
"""

from __future__ import annotations

from briefing_app.core.text import word_set as _words

ORDINAL_WORDS = {
    "first": 1,
    "firstly": 1,
    "second": 2,
    "secondly": 2,
    "third": 3,
    "thirdly": 3,
    "fourth": 4,
    "fourthly": 4,
    "fifth": 5,
    "fifthly": 5,
    "sixth": 6,
    "sixthly": 6,
    "seventh": 7,
    "seventhly": 7,
    "eighth": 8,
    "eighthly": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
CARDINAL_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
ORDINALS = {**ORDINAL_WORDS, **CARDINAL_WORDS}

# Verbs that open an imperative recommendation ("Establish a …", "Fund …", "Let kitchens …").
IMPERATIVE_VERBS = _words(
    """
    abolish accelerate adopt align allocate allow amend appoint assess audit avoid ban boost
    build cap change clarify close co-finance collect combine commission commit consider
    consolidate convene coordinate create cut declassify define delay deliver deploy
    designate develop digitise digitize double drop empower enable encourage end enforce
    engage ensure establish evaluate expand explore extend facilitate finance fix focus
    formalise formalize freeze fund give grant guarantee halt halve harmonise harmonize help
    hire hold implement improve include incorporate increase integrate introduce invest
    issue join keep launch legislate let limit link lower maintain make mandate map measure
    mobilise mobilize modernise modernize monitor move negotiate offer open pass pay phase
    pilot plan pool prepare prevent prioritise prioritize prohibit promote protect provide
    publish pursue put raise rebuild recognise recognize reduce reform reinforce reject
    remove renew repeal replace report require reserve resist restore restrict review
    revise ring-fence scale scrap secure seek separate set share shift simplify speed start
    stop streamline strengthen support suspend tackle target tax teach test tie track train
    transfer treat triple use upgrade waive widen withdraw
    acknowledge answer apply ask automate be bring clear collapse convert do debrief dip identify invite
    learn listen nurture prove schedule try value write
    conduct decorate execute forgo host manage opt personalise personalize see serve skip
    spend turn understand list
    add follow reference
    address broaden enhance examine foster get leverage merge mitigate safeguard standardise
    standardize tailor
    take discuss rotate communicate look store
    know check choose compare remember think pick wear wash talk
    reassure
    stay beat
    amplify educate advocate
    rebalance realign reallocate restructure redesign rethink reorient recalibrate reprioritise
    reprioritize decentralise decentralize
    """
)

# Arabic imperatives (masculine singular, written without vowel marks) that open advice: make
# sure, do, verify, avoid, use, take care, beware, follow, choose, search, keep, put, make,
# review, share, read, remember, create, enable. A negative command is "لا" and the jussive,
# read from these by cues.arabic_command.
ARABIC_IMPERATIVES = _words(
    """
    تأكد قم تحقق تجنب استخدم احرص احذر اتبع اختر ابحث حافظ ضع اجعل راجع شارك اقرأ تذكر أنشئ
    فعل
    """
)

# Spanish commands that open advice, the familiar (tú) and the polite (usted) forms, spelt with
# their accents: review, follow, control, avoid, leave, do, use, ask for, correct, consult, look
# after, walk, add, take part, keep, air, put first, prevent, adapt, bet on, listen, repeat,
# note, relate, associate, think, try, remember, practise, exercise, estimate, calculate, add up,
# describe, list, play, speak, drink, sleep, rest, choose, look for, compare, check, protect,
# reduce, raise, assess, organise, plan, prepare, carry, put, take, go to, apply for, learn,
# switch off, unplug, wash, keep, share, change, set, write, look, carry out, try to, include,
# make sure, focus, forget, say, have, smoke, read, revise, watch, respect, note down, devote,
# remove, try, go out, notice, remember. Left out: forms that are common nouns or
# words of other languages when they open a sentence ("Consulta" stays, as the command opens
# health advice more than the noun opens anything; "Coma", "Prueba", "Marca", "Lee", "Ten",
# "Di", "Come", "Limite", "Lava" do not). cues.spanish_imperative reads these with pronouns attached
# ("Manténgase", "repítalo", "hazlo") and after "No" ("No olvide", "no dejes").
SPANISH_TU_IMPERATIVES = _words(
    """
    revisa sigue controla evita deja haz usa pide corrige consulta cuida camina añade participa
    mantén ventila prioriza prevén adapta apuesta escucha repite anota relaciona asocia piensa
    intenta recuerda practica ejercita estima calcula suma describe enumera juega habla bebe
    duerme descansa elige busca compara comprueba verifica protege limita reduce aumenta evalúa
    organiza planifica prepara lleva pon toma acude solicita aprende apaga desconecta guarda
    comparte cambia establece escribe mira realiza procura trata incluye utiliza asegura centra
    hidrata mueve aleja repasa vigila respeta apunta dedica elimina
    """
)
SPANISH_USTED_IMPERATIVES = _words(
    """
    revise siga controle evite deje haga use pida corrija consulte cuide camine añada participe
    mantenga ventile priorice prevenga adapte apueste lea escuche repita anote relacione asocie
    piense intente recuerde practique ejercite estime calcule sume describa enumere juegue hable
    beba duerma descanse elija busque compare compruebe verifique proteja reduzca aumente evalúe
    organice planifique prepare lleve ponga tome acuda solicite aprenda apague desconecte lave
    guarde comparta cambie establezca escriba mire realice procure trate incluya utilice asegure
    olvide diga tenga fume hidrate mueva aleje repase vigile respete apunte dedique elimine
    pruebe salga fije acuerde
    """
)
# The polite forms that alone read as nouns of Spanish or English ("Informe anual", "Centre
# for …") and are commands only with a pronoun attached: "Infórmese", "Céntrese".
SPANISH_PRONOMINAL_IMPERATIVES = _words("centre informe")

# Words that make a short capitalised line a publication or a document type, not a person.
NON_NAME_WORDS = _words(
    """
    the a an of and for on in to review journal times post news quarterly magazine weekly daily
    monthly herald tribune press interest affairs policy report paper papers brief briefing lab
    forum notes note institute institution centre center council foundation group panel
    explainer ledger monitor observer digest bulletin gazette world global international
    national foreign public independent discussion working commentary analysis opinion
    editorial blog insights series programme program office department ministry university
    college school agency commission committee project network initiative quarterly annual
    chapter capítulo capitulo chapitre kapitel capitolo article artigo artículo articulo artikel
    articolo section sección secção seção part parte partie teil título titulo titre annex anexo
    annexe anhang appendix
    summary executive key findings next steps options introduction conclusion conclusions
    contents results methods background overview references acknowledgements
    acknowledgments recommendations table figures figure notes discussion abstract glossary
    index preface foreword
    officer director secretary administrator manager counsel commissioner chairman chairwoman
    from with into evidence assessment
    """
)

# Head nouns that end the name of a body ("Cupertino Union School District", "Acme Holdings
# Inc."): a short capitalised line ending in one names an organisation, not a person or a topic.
ORGANISATION_HEADS = _words(
    """
    district company corporation corp inc incorporated ltd llc plc gmbh ag sa limited university
    college institute department agency office commission council board authority ministry
    bureau administration association foundation committee centre center laboratory school
    hospital bank trust society federation union secretariat
    """
)
# The same, as Chinese and Japanese names end: 股份有限公司, 委员会, 大学 …
CJK_ORGANISATION_HEADS = (
    "公司", "集团", "大学", "学院", "學院", "委员会", "委員會", "银行", "銀行", "研究院",
    "研究所", "协会", "協會", "基金会", "基金會", "政府", "中心", "株式会社",
    "대학원", "대학교", "연구원", "연구소", "위원회", "재단", "협회", "정부", "센터",
)  # fmt: skip

HONORIFICS = _words(
    """
    professor prof prof. dr dr. mr mr. mrs mrs. ms ms. sir dame ambassador senator minister
    president general colonel gen. col. rev. rev
    """
)

# Impersonal or first-person advice, in the languages the corpus holds: a sentence carrying
# one is the author's recommendation wherever it stands ("Allgemein empfiehlt sich …").
# Someone else's advice ("experts recommend", "the report recommends") is not among them.
ADVICE_CUES = (
    "it is advisable",
    "it is recommended that",
    "it is recommended to",
    "it is best to",
    "it's best to",
    "it’s best to",
    "it is always best to",
    "it's always best to",
    "it’s always best to",
    "it would be better to",
    "it would be best to",
    "we advise",
    "empfiehlt es sich",
    "empfiehlt sich",
    "empfehlen wir",
    "wir empfehlen",
    "ist es ratsam",
    "es ist ratsam",
    "ist zu empfehlen",
    "sollte man",
    "man sollte",
    "se recomienda",
    "recomendamos",
    "es aconsejable",
    "il est recommandé",
    "il est conseillé",
    "nous recommandons",
    "nous conseillons",
    "si consiglia",
    "recomenda-se",
    "may wish to",
    "might wish to",
    "well advised to",
    "well-advised to",
)
