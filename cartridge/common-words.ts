/**
 * Common English words of four letters or more (S44 H2): a word a person types that is one of
 * these is meant as it is, never a slip of another word ("flood" is no "blood", "food" no
 * "flood"). Hand-made from everyday household, money, health, travel and home words; a word not
 * here is not thereby a typo — the lists only stop a real word being "corrected".
 */
const LIST = `
able about above accident account acid acre across act action address adult advice after afternoon again age agent air
alarm album alcohol alert alive allergy allowance alone amount angle animal ankle answer apple april area argument
army arrival arrow art article artist aunt autumn avenue award baby back bacon badge bag bake baker balance ball
band bank bar barn base basket bath bathroom battery beach bean bear beard beat beauty bed bedroom beef beer bell
belt bench berry bike bill bin bird birth birthday biscuit bite black blade blanket bleach blind block blood blouse
board boat body boil boiler bolt bond bone book boot border boss bottle bottom bowl box boy brain brake branch brand
bread break breakfast brick bride bridge brother brush bucket budget build bulb bull burn bus bush butter button buyer
cabin cable cafe cake call camera camp canal cancel cancer candle cane capital captain carbon card care career
carpet carry case cash castle cause ceiling cell cellar cent centre chain chair chalk change charge chart check
cheek cheese chemist cheque chest chicken child chin chip choice church cinema circle city claim class clay clean
clerk climb clinic clock cloth cloud club coach coal coast coat code coffee coin cold collar college colour comb
cook cool copper copy cord corn corner cost cotton couch cough council count country county couple course court
cousin cover crack cream credit crew crime crop cross crowd crown cruise cupboard cure curtain customer cycle
daily damage dance danger daughter dawn deal dear death debit debt decade deck deed deep deer degree delay dentist
deposit desk diary diet dinner direct dirt disc dish doctor door dose double dozen drain draw drawer dream dress
drink drive driver drop drug drum dust duty earth east edge egg election email energy engine entry envelope error
essay estate euro evening event exam excess exit expense expiry face fact factory fair fall family farm fare
farmer fashion father fault feast feed fence ferry fever field figure file film finger fire fish flag flame flat
flight flood floor flour flower flu fluid fly fog fold food foot force forest fork form fort fortune frame fridge
friend front frost fruit fuel fund funeral furniture game garage garden gas gate gift girl glass glove glue goal
goat gold golf good goods grade grain grant grass grave green grill ground group growth guard guest guide guitar
habit hair half hall hand handle harbour hardware hat head health heart heat heating hedge height helmet help herb
hill hire history hobby hold hole holiday home honey hood hook hope horse hospital hotel hour house husband
illness income index insurance interest invoice iron island item jacket jail jeans jewel job joint joke journey
juice jump jumper junk kettle key kid kidney kind king kitchen kite knee knife lake lamb lamp land lane language
laptop law lawn lawyer layer lead leaf lease leave left leg lemon lesson letter level library licence life lift light
limit line link lion list litre liver load loan lock lodger loft loss lunch machine mail main map market match
meal meat medicine meeting member memory menu message metal meter milk mind mine minute mirror model money month
mood moon mortgage mother motor mountain mouse mouth movie mud mug museum music nail name nation neck needle
nephew nerve nest network news niece night noise north nose note notice nurse nursery office oil onion order oven
owner pack page pain paint pair palace pan paper parcel parent park part party pass passport past path patient
pay payment peace pear pen pension pepper period permit person pet petrol phone photo piano picture piece pill
pillow pilot pipe place plan plane plant plate player plug plumber pocket poem point police policy pond pool
post pot potato pound powder power premium present price prince print prison prize profit property pump pupil
purse quarter queen queue race radio rail rain rate razor receipt record refund relative rent repair report rest
result return reward rice ring river road rock roof room root rope rose round rubbish rule safe salad salary
salt sand school score screen seat second seed sense shed sheet shelf shell ship shirt shoe shop shower side sign
silver singer sink sister size skin skirt sleep slope smoke snow soap sock sofa soil soldier song soup source
south space spoon sport spring square stair stamp star station steel step stock stone stool store storm story
stove street student study sugar suit summer supper surgery table tail tank task taxi teacher team tenant tent term
test text theft thing ticket tile time tire toast toilet tooth total towel tower town track trade traffic train
travel tree trip truck trunk tube tyre uncle union unit user valley value van vest vet view village visit voice
wage wall wallet ward washer waste watch water wave week weight well west wheel wife wind window wine winter
wire wood wool word work world yard year yoga youth zone
`;

const COMMON = new Set(LIST.split(/\s+/).filter((word) => word.length >= 3));

/** Whether `word` (lowercase) or its singular is a common English word (`LIST`). */
export function isCommonWord(word: string): boolean {
  if (COMMON.has(word)) return true;
  if (word.length > 4 && word.endsWith('ies')) return COMMON.has(`${word.slice(0, -3)}y`);
  if (word.length > 4 && /(?:s|x|ch|sh)es$/.test(word)) return COMMON.has(word.slice(0, -2));
  return word.length > 3 && word.endsWith('s') && COMMON.has(word.slice(0, -1));
}
