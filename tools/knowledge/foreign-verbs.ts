/**
 * Question words, modal and light verbs, and their inflected forms, of the languages a person
 * asks in besides English (issue 10, stranger round 11): "combien coûte la cotisation?" asks of
 * the fee, and "La cotisation étudiant est de 120 €." answers it without "coûte"; "¿cuántos días
 * de vacaciones tengo?" is answered by "30 días de vacaciones al año". Never required of a
 * sentence in a question with no English function word (`neverRequired`, lexicon.ts).
 *
 * No stemmer for these languages is used here (only English Porter), so the common verbs are
 * listed in their present, past and conditional forms a question uses, hand-made from each
 * language's conjugation tables: French, Spanish, German, Italian, Portuguese, Dutch; and the
 * question words, particles and pronouns of Arabic (with and without hamza, as folded). Folded
 * (accents stripped, lowercase) like `OTHER_LANGUAGE_WORDS`.
 */

const FORMS = `
peux peut pouvons pouvez peuvent pourrai pourrait pourrais pourrions pourriez pourraient pu puis
dois doit devons devez doivent devrai devrait devrais devrions devriez devraient du
faut fallait faudra faudrait
coute coutent coutait couter coutera couterait
paie paies paient paye payes payent payons payez payer paierai paierait payait paye payee
dure durent durer durera durait
prend prends prenons prenez prennent prendre
donne donnes donnons donnez donnent donner
veux veut voulons voulez veulent voudrais voudrait
sais sait savons savez savent
faut vais vas va allons allez vont aller fais faisons faites font faire
ai as a avons avez ont avoir suis es sommes etes etre serai sera seraient serait
besoin faut-il
puedo puedes puede podemos podeis pueden podria podrias podriamos poder pude pudo
debo debes debe debemos debeis deben deberia deber
cuesta cuestan costo costaba costar costara
pago pagas paga pagamos pagais pagan pagar pague pagare
tengo tienes tiene tenemos teneis tienen tener tenia tendre tendra
necesito necesitas necesita necesitamos necesitan necesitar
dura duran durar duro
hay hace hago haces hacen hacer voy vas va vamos van ir doy das da dan dar
quiero quieres quiere queremos quieren querer
se sabes sabe sabemos saben saber tomo tomas toma toman tomar
kann kannst konnen konnt darf darfst durfen durft muss musst mussen musst soll sollst sollen sollt
kostet kosten kostete zahle zahlst zahlt zahlen bezahle bezahlt bezahlen
habe hast hat haben hatte bin bist sind seid wird werde wirst werden wurde wurden wurde
brauche brauchst braucht brauchen dauert dauern dauerte gibt geben bekomme bekommt bekommen
si wenn falls ob se als
hoch viel viele lange teuer spat oft groß gross weit
mochte mochten will willst wollen
posso puoi puo possiamo potete possono potrei potrebbe potere
devo devi deve dobbiamo dovete devono dovrei dovrebbe dovere
costa costano costare pago paghi paga paghiamo pagano pagare
ho hai ha abbiamo avete hanno avere sono sei siamo siete essere
dura durano durare serve servono bisogna occorre
posso pode podemos podem poderia
devo deve devemos devem deveria
custa custam custar pago pagas paga pagamos pagam pagar
tenho tens tem temos tem ter preciso precisa precisamos precisam precisar
dura duram durar sou somos estou esta estamos estao
kan kun kunnen moet moeten mag mogen kost kosten betaal betaalt betalen heb hebt heeft hebben
duurt duren
كم هل من ما ماذا متى أين اين كيف لماذا لم أي اي الذي التي هو هي هم في على إلى الى عن مع يمكن يجب
ممكن مسموح متى كيف لي لنا هذا هذه ذلك تلك
`;

/** Folded as `fold` (lexicon.ts) folds: Latin accents stripped, Arabic hamza kept ("أين"), lowercase. */
const folded = (word: string) =>
  word
    .normalize('NFD')
    .replace(/(?<!\p{Script=Arabic})\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase();

/** The forms above, folded, one set. */
export const FOREIGN_VERBS = new Set(FORMS.split(/\s+/).filter(Boolean).map(folded));

/** Arabic question and function words: they tell a question is in another language (`OTHER_LANGUAGE_WORDS`). */
export const ARABIC_FUNCTION_WORDS =
  'كم هل من ما ماذا متى أين اين كيف لماذا أي اي الذي التي هو هي في على إلى الى عن مع'.split(' ').map(folded);
