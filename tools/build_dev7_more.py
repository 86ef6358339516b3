"""Append dev7's texts 23+ (issue 12, session 10) to tests/data/dev7.jsonl from hand annotations.

Each document's spans are given as (surface, label, name, country, literal). A surface is matched as a whole word
(longest first); a surface written "left [name] right" matches the whole pattern and spans only the bracketed part,
for a word that is a mention in one place and another thing (or nothing) elsewhere. A label starting with "_" marks
an organisation, unit, person, code or epithet holding the word: no mention. The point of a span is, in this order,
the one earlier Russian sets (dev7 texts 1-22, dev_ru, dev5) give the same canonical name, or the bundled gazetteer's
place named in GID (fetched for a place already decided on), or none, with a note. Run:
    python tools/build_dev7_more.py            # rewrites dev7.jsonl = its first 22 texts + these
"""
import json, re, sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
from pyanj.cli.shared import load_gazetteer  # noqa: E402

T, F = True, False
KEEP = 22  # dev7's texts written before this tool

# canonical name -> bundled gazetteer id, for names the earlier Russian sets do not locate
GID = {
    "Sughd Region": "adm1:tj:sughd", "Ayni": "gn:1222222", "Khujand": "gn:1514879", "Isfara": "gn:1514896",
    "Konibodom": "gn:1514891", "Panjakent": "gn:1220798", "Shahrtuz": "gn:1220576",
    "Kolkhozobod (Jaloliddini Balkhi)": "gn:1221259", "Vanj (town)": "gn:1220210", "Baku": "gn:587084",
    "Khanabad District": "adm2:af:kunduz:khanabad", "Alichur": "settlement:alichur", "Bartang River": "river:bartang",
    "Uzbekistan": "country:uz",
    # texts 33+ (session 11)
    "Saint Petersburg": "gn:498817", "United Kingdom": "country:gb", "Kyrgyzstan": "country:kg", "Tashkent": "gn:1512569",
    "Gilgit": "gn:1178338",
}
# a proxy point: (gazetteer id or earlier-set name, what it stands in for)
PROXY = {
    "Ishkashim border crossing (bridge)": ("Ishkashim (Tajikistan)", "the crossing placed at the Tajik town at its end"),
    "Darvaz (historical region)": ("Darvoz District", "the Tajik Darvaz placed at Darvoz District's point"),
    "Vanj (historical region)": ("Vanj District", "the Vanj valley region placed at Vanj District's point"),
    "Darvaz (left bank, Afghanistan)": ("Darwaz District (Afghanistan; now Nusay + Maimay districts)",
                                        "the Afghan Darvaz placed at the former Darwaz District's point"),
}

DOCS = [
 ("24kg-bog-sarchashma-kavoki", "https://24.kg/proisshestvija/356037_pogranvoyska_rtsoobschili_olikvidatsii_terroristov_nagranitse_safganistanom/", "news",
  "Погранвойска РТ сообщили о ликвидации террористов на границе с Афганистаном",
  "Пограничные войска Таджикистана сделали официальное заявление по поводу инцидента на границе с Афганистаном. Сообщение опубликовано Национальным информационным агентством «Ховар».\n\nПо данным Погранвойск ГКНБ республики, 23 декабря в 23.30 трое членов террористической организации незаконно пересекли государственную границу РТ в районе погранзаставы № 5 «Бог» погранотряда 0341 «Сарчашма», расположенной в местности Кавоки района Шамсиддин Шохин.\n\nВ ходе оперативно-разыскных мероприятий 24 декабря в 11.15 местонахождение нарушителей установлено на территории Таджикистана. Как сообщили в ведомстве, террористы не подчинились требованиям пограничников о сдаче и оказали вооруженное сопротивление, планируя совершить нападение на одну из погранзастав.\n\nВ результате боевой операции все трое нейтрализованы. С места происшествия изъяли три автоматические винтовки М-16, автомат Калашникова, три пистолета иностранного производства с глушителями, десять гранат, взрывчатые вещества, бинокль и боеприпасы.",
  [("Пограничные войска Таджикистана", "_ORG", None, None, T), ("Афганистаном", "COUNTRY", "Afghanistan", "AF", T),
   ("РТ", "COUNTRY", "Tajikistan", "TJ", T), ("Бог", "FACILITY", "Bog border post (5th outpost, Sarchashma detachment)", "TJ", T),
   ("Сарчашма", "_UNIT", None, None, T), ("Кавоки", "SETTLEMENT", "Kavok", "TJ", T),
   ("Шамсиддин Шохин", "ADMIN2", "Shamsiddin Shohin District", "TJ", T), ("Таджикистана", "COUNTRY", "Tajikistan", "TJ", T)]),
 ("okoplanet-yangi-kala-taliby-u-granitsy", "https://oko-planet.su/politik/newsday/print:page,1,523593-taliby-vyshli-na-granicu-s-tadzhikistanom.html", "news",
  "Талибы вышли на границу с Таджикистаном",
  "В Афганистане боевики движения \"Талибан\" (запрещено на территории РФ) захватили уезд Янги Кала, расположенный в северо-восточной провинции Тахар, неподалеку от границы с Таджикистаном. Об этом сообщает Tolonews со ссылкой на пресс-секретаря губернатора провинции Мохаммада Джавада Хиджри.\nТалибы напали на этот район два дня назад. Правительственные силы пытались отбить уезд, для поддержки из центра было направлено подкрепление. Столкновения все еще продолжаются. Силовикам пришлось отступить, чтобы предотвратить жертвы среди мирного населения и не допустить талибов вглубь района\", — сказал Хиджри.",
  [("Афганистане", "COUNTRY", "Afghanistan", "AF", T), ("РФ", "COUNTRY", "Russia", "RU", T), ("Янги Кала", "ADMIN2", "Yangi Qala District", "AF", T),
   ("Тахар", "ADMIN1", "Takhar Province", "AF", T), ("Таджикистаном", "COUNTRY", "Tajikistan", "TJ", T)]),
 ("varandej-ishkashim-ili-vakhan", "https://m.livejournal.com./read/user/varandej/867708", "travel", "Самая южная из памирских долин: Ишкашим и Вахан",
  "Самую южную из памирских долин, где пограничный Пяндж течёт не на север, а на запад, как бы подводя черту под территорию, когда-либо бывшую \"нашей\", в Таджикистане называют то Ишкашим, то Вахан. На самом деле оба эти названия некорректны: Ишкашим - местный райцентр, но историческая область с таким названием уходит вниз вдоль Пянджа, к показанному\nв прошлой части Горону с его гейзерами и рубинами. Ну а Вахан - это древнее горное княжество, и хотя его исмаилитский народ относится к памирцам, большей своей частью оно уходило за Гиндукуш. Столь хорошо заметные на карте \"хвостики\" Афганистана и Пакистана в официальных границах - это тоже Вахан, а ваханцы, всего сто тысяч человек, разделены примерно поровну между Таджикистаном, Афганистаном, Пакистаном, спорным Кашмиром и Китаем. Вахан - это, в сущности, уже и не Средняя Азия, а та самая \"макушка Британской Индии\" из публицистики 19 века. И как и положено в Индии, Вахан переполняют древности, будь то руины крепостей незапамятно давних времён или таинственные мазары с грудами архаровых рогов.",
  [("Пяндж", "RIVER", "Panj River", None, T), ("Пянджа", "RIVER", "Panj River", None, T), ("Таджикистане", "COUNTRY", "Tajikistan", "TJ", T),
   ("то [Ишкашим], то", "PHYSICAL", "Ishkashim valley", "TJ", T), ("то [Вахан]. На", "PHYSICAL", "Wakhan Valley (Tajik side)", "TJ", T),
   ("[Ишкашим] - местный", "SETTLEMENT", "Ishkashim (Tajikistan)", "TJ", T),
   ("Горону", "REGION", "Goron (historical region)", "TJ", T), ("Вахан", "REGION", "Wakhan (historical region, both banks)", None, T),
   ("Гиндукуш", "PHYSICAL", "Hindu Kush", None, T), ("Афганистана", "COUNTRY", "Afghanistan", "AF", T), ("Афганистаном", "COUNTRY", "Afghanistan", "AF", T),
   ("Пакистана", "COUNTRY", "Pakistan", "PK", T), ("Пакистаном", "COUNTRY", "Pakistan", "PK", T), ("Таджикистаном", "COUNTRY", "Tajikistan", "TJ", T),
   ("Кашмиром", "REGION", "Kashmir", None, T), ("Китаем", "COUNTRY", "China", "CN", T), ("Средняя Азия", "REGION", "Central Asia", None, T),
   ("Британской Индии", "REGION", "British India", None, T), ("Индии", "REGION", "British India", None, T)]),
 ("bibliboba-tadzhikistan-pamir-oblasti", "https://user.bibliboba.online/books/tadzhikistan-pamir/p/9", "travel", "Таджикистан. Памир (путеводитель): области",
  "Согдийская (Худжандская, северная) область содержит весь север страны, включая Айни, Худжанд (столица области), Исфару, Канибадам и Пенджикент. Автомобильные номера – 02 РТ.\n\nХатлонская (Курган-Тюбинская, южная) область содержит весь юг страны, включая Куляб, Курган-Тюбе (столица области), Шаартуз, Пяндж, Колхозабад и другие города на юге страны. Автомобильные номера – 03 РТ.\n\nГорно-Бадахшанская автономная область, самая большая по площади и скромная по населению, с центром в Хороге, содержит также Мургаб, Рушан, Ванч, Ишкашим и другие селения. Автомобильные номера – 04 РТ.\n\nКаждый регион в свою очередь делится на районы, которых всего в стране около пятидесяти. Самый большой район, и одновременно самый высокогорный – Мургабский. Мургаб – самый высокогорный райцентр всего бывшего СССР (расположен на высоте 3700 метров над уровнем моря). Самый высокогорный посёлок, действующий круглогодично – Каракуль (3950 метров над ур. м.). Каждый район делится на «дехоти», по-русски – сельсоветы. В каждом сельсовете – несколько кишлаков.",
  [("Согдийская", "ADMIN1", "Sughd Region", "TJ", T), ("Худжандская", "ADMIN1", "Sughd Region", "TJ", T), ("Айни", "SETTLEMENT", "Ayni", "TJ", T),
   ("Худжанд", "SETTLEMENT", "Khujand", "TJ", T), ("Исфару", "SETTLEMENT", "Isfara", "TJ", T), ("Канибадам", "SETTLEMENT", "Konibodom", "TJ", T),
   ("Пенджикент", "SETTLEMENT", "Panjakent", "TJ", T), ("РТ", "_CODE", None, None, T),
   ("Хатлонская", "ADMIN1", "Khatlon Region", "TJ", T), ("Курган-Тюбинская", "ADMIN1", "Khatlon Region", "TJ", T),
   ("Куляб", "SETTLEMENT", "Kulob", "TJ", T), ("Курган-Тюбе", "SETTLEMENT", "Bokhtar (Kurgan-Tyube)", "TJ", T), ("Шаартуз", "SETTLEMENT", "Shahrtuz", "TJ", T),
   ("Пяндж", "SETTLEMENT", "Panj (town, Khatlon)", "TJ", T), ("Колхозабад", "SETTLEMENT", "Kolkhozobod (Jaloliddini Balkhi)", "TJ", T),
   ("Горно-Бадахшанская", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T), ("Хороге", "SETTLEMENT", "Khorog", "TJ", T),
   ("Мургаб", "SETTLEMENT", "Murghob", "TJ", T), ("Рушан", "SETTLEMENT", "Rushan (Vomar)", "TJ", T), ("Ванч", "SETTLEMENT", "Vanj (town)", "TJ", T),
   ("Ишкашим", "SETTLEMENT", "Ishkashim (Tajikistan)", "TJ", T), ("Мургабский", "ADMIN2", "Murghob District", "TJ", T),
   ("СССР", "COUNTRY", "Soviet Union", None, T), ("Каракуль", "SETTLEMENT", "Karakul (village on the Pamir Highway)", "TJ", T)]),
 ("reportaz-khvadzha-gkhar-zakhvachen", "https://report.az/ru/amp/drugie-strany/taliby-zahvatili-uezd-na-severe-afganistana/", "news",
  "Талибы захватили уезд на севере Афганистана",
  "Талибы захватили уезд на севере Афганистана\n\nБаку. 22 августа. REPORT.AZ/ Приграничный с Таджикистаном уезд Хваджа Гхар провинции Тахар на северо-востоке Афганистана захвачен боевиками движения \"Талибан\".\n\nКак сообщает Report со ссылкой на местные СМИ, пресс-секретарь губернатора провинции Сунатулла Темури сообщил, что власти потеряли контроль над уездом под натиском боевиков рано утром в понедельник.\n\nУезд Хваджа Гхар находится на границе с провинцией Кундуз, в примерно в 60 км от уезда Ханабад. Административный центр этого уезда был захвачен талибами в субботу утром. Однако к ночи следующего дня правительственные силы объявили, что отбили город.",
  [("Афганистана", "COUNTRY", "Afghanistan", "AF", T), ("Баку", "SETTLEMENT", "Baku", "AZ", T), ("Таджикистаном", "COUNTRY", "Tajikistan", "TJ", T),
   ("Хваджа Гхар", "ADMIN2", "Khwaja Ghar District", "AF", T), ("Тахар", "ADMIN1", "Takhar Province", "AF", T),
   ("Кундуз", "ADMIN1", "Kunduz Province", "AF", T), ("Ханабад", "ADMIN2", "Khanabad District", "AF", T)]),
 ("centralasian-darkad-khodzhagor-otstupayut", "https://www.centralasian.org/a/27334424.html", "news", "Талибы отступают в сторону Таджикистана",
  "Талибы отступают в сторону Таджикистана\n\n\nАфганские власти сообщили, что боевики движения «Талибан» под давлением правительственных сил покинули большую часть территории ранее захваченных уездов Даркад и Ходжагор провинции Тахор и отступают в сторону границы с Таджикистаном.\n\nДаркад и Ходжагор расположены непосредстенно на границе с Фархорским районом Хатлонской области.\n\nСуннатулло Темур, пресс-секретарь главы провинции Тахор, в беседе с Радио Озоди 29 октября сообщил, что вчера в зону конфликта прибыли дополнительные силы. Операцией по освобождению ранее захваченных территорий руководит сам глава провинции Мухаммадясин Зиё – он сейчас находится в уезде Ходжагор.\n\nПо словам нашего собеседника, со вчерашнего вечера в боях были убиты не менее 20 боевиков «Талибан». Среди них немало и боевиков-граждан Таджикистана и Узбекистана, сказал он.\n\nЦентр уезда Даркад по-прежнему находится под контролем талибов, но Суннатулло Темур заверил, что в ближайшие часы он будет полностью освобожден.",
  [("Таджикистана", "COUNTRY", "Tajikistan", "TJ", T), ("Таджикистаном", "COUNTRY", "Tajikistan", "TJ", T), ("Даркад", "ADMIN2", "Darqad District", "AF", T),
   ("Ходжагор", "ADMIN2", "Khwaja Ghar District", "AF", T), ("Тахор", "ADMIN1", "Takhar Province", "AF", T),
   ("Фархорским", "ADMIN2", "Farkhor District", "TJ", T), ("Хатлонской", "ADMIN1", "Khatlon Region", "TJ", T),
   ("Радио Озоди", "_ORG", None, None, T), ("Узбекистана", "COUNTRY", "Uzbekistan", "UZ", T)]),
 ("zerev-nastoyashchiy-afganistan-ishkashim", "http://zerev.narod.ru/pamir/wakhan2005/part2.htm", "travel", "Настоящий афганистан",
  "Настоящий афганистан\n\n   Переход границы\n\n            Ну вот, наконец я сажусь в маршрутку и отправляюсь к погранпереходу Ишкашим, на 100 километров вверх от Хорога.\n\n            На нашей стороне – продолжительные расспросы, тщательный досмотр и наконец робкое предложение вместо заполнения кучи бумаг обойтись одной – пятидолларовой. И - уже за мостом – улыбающийся афганский пограничник, пять минут на все формальности – и я топаю по пустынной пыльной дороге. Рюкзак до верху набит продуктами, в одной руке – пакет с арбузом, в другой – с овощами и фруктами. Хочется порадовать неизбалованных кулинарными изысками памирцев. Вид, наверное, как у мешочника. Так что когда меня догоняет афганец, неудивительно, что предлагает помочь с вещами. Ура, мой фарси, выученный по иранскому учебнику, здесь понимают!\n\n  Путешествие по кабинетам\n\n            Султон-Ишкашим. Свой четвертый день в Афгане я встречаю все еще в этом кишлаке у перехода из Таджикистана. Уже успел съездить в Файзобод - столицу провинции Бадахшан.",
  [("афганистан", "COUNTRY", "Afghanistan", "AF", T), ("Ишкашим", "CROSSING", "Ishkashim border crossing (bridge)", "TJ", T),
   ("Хорога", "SETTLEMENT", "Khorog", "TJ", T), ("Султон-Ишкашим", "SETTLEMENT", "Ishkashim (Afghanistan)", "AF", T),
   ("Афгане", "COUNTRY", "Afghanistan", "AF", T), ("Таджикистана", "COUNTRY", "Tajikistan", "TJ", T),
   ("Файзобод", "SETTLEMENT", "Fayzabad (Badakhshan)", "AF", T), ("Бадахшан", "ADMIN1", "Badakhshan Province", "AF", T)]),
 ("varandej-lyangar-murgab-karniz", "https://varandej.livejournal.com/868451.html", "travel", "Памирский тракт (восток). Часть 1: Лянгар - Мургаб, или По карнизу Крыши Мира",
  "Памирский тракт (восток). Часть 1: Лянгар - Мургаб, или По карнизу Крыши Мира\n\n\n\nВсе долины Бадахшана рано или поздно приводят на плато Высокого Памира. По долине Гунта ведёт \"из города Хорога в далёкий город Ош\" Восточный Памирский тракт, построенный в 1933-37 годах, другие условно-проезжие дороги проходят по долинам Шахдары и Бартанга, но самая известная из альтернативных дорог поднимается вдоль Памир-дарьи из Лянгара в Аличур. Первый замыкает показанный в прошлых трёх частях древний Вахан \"на макушке Британской Индии\", второй стоит на Памирском тракте. О красоте и труднодоступности дороги Лянгар-Аличур я слышал до поездки не раз: мол, и виды там самые потрясающие на всём Памире, и машины проходят дай бог раз в неделю, так что быстрее выйдет добраться до Аличура через Хорог... Забегая вперёд скажу, что слава этой дороги по самому карнизу Крыши Мира всё-таки несколько преувеличиена, но тем менее мне удалось её проехать, и это безусловно того стоило.",
  [("Восточный Памирский", "ROAD", "Eastern Pamir Highway (Osh–Khorog)", None, T), ("Памирский", "ROAD", "Pamir Highway (M41)", "TJ", T),
   ("Памирском", "ROAD", "Pamir Highway (M41)", "TJ", T), ("Лянгар", "SETTLEMENT", "Langar (Ishkoshim District)", "TJ", T),
   ("Лянгара", "SETTLEMENT", "Langar (Ishkoshim District)", "TJ", T), ("Мургаб", "SETTLEMENT", "Murghob", "TJ", T),
   ("Крыши Мира", "_EPITHET", None, None, T), ("Бадахшана", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T),
   ("Высокого Памира", "PHYSICAL", "High (Eastern) Pamir plateau", "TJ", T), ("Гунта", "RIVER", "Gunt River", "TJ", T),
   ("Хорога", "SETTLEMENT", "Khorog", "TJ", T), ("Хорог", "SETTLEMENT", "Khorog", "TJ", T), ("Ош", "SETTLEMENT", "Osh", "KG", T),
   ("Шахдары", "RIVER", "Shokhdara (Shakhdara) River", "TJ", T), ("Бартанга", "RIVER", "Bartang River", "TJ", T),
   ("Памир-дарьи", "RIVER", "Pamir River", None, T), ("Аличур", "SETTLEMENT", "Alichur", "TJ", T), ("Аличура", "SETTLEMENT", "Alichur", "TJ", T),
   ("Вахан", "PHYSICAL", "Wakhan Valley (Tajik side)", "TJ", T), ("Британской Индии", "REGION", "British India", None, T),
   ("Лянгар-Аличур", "ROAD", "Langar–Alichur road", "TJ", T), ("Памире", "PHYSICAL", "Pamir Mountains", None, T)]),
 ("varandej-darvaz-kalai-khumb", "https://m.livejournal.com./read/user/varandej/865496", "travel", "Дарваз и Калаи-Хумб",
  "Дарваз в переводе с персидского - \"ворота\", и скорее всего изначально это было лишь народное прозвище, с годами вытеснившее исходное название Мехистан. Дарваз действительно расположен у ворот Горного Бадахшана, на карте заметно выступая на запад, и при Советах изначально входил вместе с соседним\nКаратегином в Гармскую область. Я бы сказал, что это такой полу-Памир - по сути своей Дарваз ближе к \"материковому\" Таджикистану, но - в фантастических пейзажах Бадахшана. \"Столица\" Дарваза, а некогда и всего Памира - посёлок Калаи-Хумб (1,6 тыс. жителей), где сходятся две ветви Памирского тракта - ныне основная кулябская и показанная\nв прошлой части историческая каратегинская.\nСпустившись с головокружительного Хабурабадского перевала, мы долго ехали вдоль быстрой мелкой речки Хумб (или Обихумбоу, что симметрично Обихингоу за перевалом), и в какой-то момент я осознал, что вырастающие в конце долины глухой стеной серые горы - это уже Афганистан.",
  [("Дарваз", "REGION", "Darvaz (historical region)", "TJ", T), ("Дарваза", "REGION", "Darvaz (historical region)", "TJ", T),
   ("Мехистан", "REGION", "Darvaz (historical region)", "TJ", T), ("Горного Бадахшана", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T),
   ("Каратегином", "REGION", "Karategin (Rasht Valley)", "TJ", T), ("Гармскую", "ADMIN1", "Garm Oblast (historical)", "TJ", T),
   ("Таджикистану", "COUNTRY", "Tajikistan", "TJ", T), ("Бадахшана", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T),
   ("Памира", "PHYSICAL", "Pamir Mountains", None, T), ("Калаи-Хумб", "SETTLEMENT", "Qalaikhumb (Kalai-Khumb, Darvoz)", "TJ", T),
   ("Памирского", "ROAD", "Pamir Highway (M41)", "TJ", T), ("Хабурабадского", "PHYSICAL", "Khaburabot Pass", "TJ", T),
   ("Хумб", "RIVER", "Khumbob (Khumbou) River", "TJ", T), ("Обихумбоу", "RIVER", "Khumbob (Khumbou) River", "TJ", T),
   ("Обихингоу", "RIVER", "Khingob River", "TJ", T), ("Афганистан", "COUNTRY", "Afghanistan", "AF", T)]),
 ("varandej-rushan-shugnan-trakt", "https://m.livejournal.com./read/user/varandej/866894", "travel", "Памирский тракт: Рушан и Шугнан",
  "Спустившись из показанного\nв прошлой части таинственного Язгуляма, где по легенде был убит Александр Македонский, продолжаем путь по западной части Памирского трактра. Позади -\nДарваз и Ванч у ворот Бадахшана, а впереди - центральные Рушан и Шугнан, этакий Бадахшан \"по умолчанию\", где находится и его маленькая столица Хорог.\nПривычные картины Памирского тракта - металлически-серый Пяндж, два узких \"карниза\" по берегам его ущелья, безжизненные скалистые горы и яркое солнце, их опалившее. По таджикскому берегу строится мощная ЛЭП, то ли проект душанбинских властей, то ли подарок Ага-хана.\n2.\nНо есть и одно отличие: вместо двух симметричных дорог здесь одна - Памирский тракт, а на афганской стороне лишь тропа с самодельными мостиками и совсем не проезжими уклонами. Пять лет назад за рекой было Средневековье, а сейчас - середина 1930-х годов, когда тракт только строился - в дороге по берегу ещё остались довольно крупные разрывы.",
  [("Язгуляма", "PHYSICAL", "Yazgulem Valley", "TJ", T), ("Александр Македонский", "_PERSON", None, None, T),
   ("Памирского", "ROAD", "Pamir Highway (M41)", "TJ", T), ("Памирский", "ROAD", "Pamir Highway (M41)", "TJ", T),
   ("Дарваз", "REGION", "Darvaz (historical region)", "TJ", T), ("Ванч", "REGION", "Vanj (historical region)", "TJ", T),
   ("Бадахшана", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T), ("Бадахшан", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T),
   ("Рушан", "REGION", "Rushan (historical region)", None, T), ("Шугнан", "REGION", "Shughnan (historical region, both banks)", None, T),
   ("Хорог", "SETTLEMENT", "Khorog", "TJ", T), ("Пяндж", "RIVER", "Panj River", None, T), ("Ага-хана", "_PERSON", None, None, T)]),
]

# texts 33+ (session 11, acc11ru, issue 12): annotated the same way, before pyanj was run on them
DOCS33 = [
 ("azattyqasia-vzryvoopasnaya-mezha", "https://www.azattyqasia.org/amp/vzryvoopasnaya-mezha-pochemu-tadzhiksko-afganskaya-granitsa-desyatiletiyami-ostayotsya-zonoy-nestabilnosti/33661511.html", "news",
  "Взрывоопасная межа. Почему таджикско-афганская граница десятилетиями остаётся зоной нестабильности",
  "Взрывоопасная межа. Почему таджикско-афганская граница десятилетиями остаётся зоной нестабильности\n\nПерестрелки, задержания боевиков, попытки прорыва и наркотрафик — сводки о чрезвычайных происшествиях на таджикско-афганской границе появляются регулярно, независимо от того, кто находится у власти в Кабуле и какие силы охраняют рубеж. Редакция Азаттык Азия сделала экскурс в историю столкновений на самой напряженной в регионе меже и спросила экспертов, почему граница и нестабильность стали здесь синонимами.\n\nОТ ПЕРВОГО ФОРПОСТА ДО СТРОГО ОХРАНЯЕМОЙ ГРАНИЦЫ\n\nВ конце 19 века, во времена «Большой игры», когда на южных рубежах Центральной Азии развернулось соперничество между Российской и Британской империями, Петербург направил в регион военный контингент. Так в 1886 году в Бухарском эмирате, который находился под протекторатом России, появился первый российский гарнизон, который был призван контролировать южные подступы к Амударье.",
  [("Кабуле", "SETTLEMENT", "Kabul", "AF", T), ("Азаттык Азия", "_ORG", None, None, T), ("Центральной Азии", "REGION", "Central Asia", None, T),
   ("Российской", "COUNTRY", "Russian Empire", None, T), ("Британской", "COUNTRY", "British Empire", None, T),
   ("Петербург", "SETTLEMENT", "Saint Petersburg", "RU", F), ("Бухарском эмирате", "REGION", "Emirate of Bukhara", None, T),
   ("России", "COUNTRY", "Russia", "RU", T), ("Амударье", "RIVER", "Amu Darya", None, T)]),
 ("sarykol-narkokurery-taliby-ig-pamir", "https://sary-kol.ru/stati/pamir/narkokurery-taliby-i-ig-chego-boiatsia-zhiteli-tadzhikskogo-pamira.html", "news",
  "Наркокурьеры, талибы и ИГ: чего боятся жители таджикского Памира",
  "Усиление позиций боевиков экстремистской группировки \"Исламское государство\", активность талибов и набеги наркокурьеров - вот, что больше всего сейчас беспокоит жителей приграничных с Афганистаном районов Таджикистана.\nБи-Би-Си // Наркокурьеры, талибы и ИГ: чего боятся живущие на Памире Анора Саркорова, 16.09.2015\nУкрепление таджикско-афганской границы обсуждалось и на очередном заседании Организации договора о коллективной безопасности (ОДКБ) 15 сентября в Душанбе.\nВ начале мая военно-политическая ситуация в афганском приграничье резко ухудшилась. В ряде районов афганского Бадахшана боевые действия проходили в непосредственной близости от линии границы с Таджикистаном. Очевидцы утверждали, что слышали стрельбу с сопредельной стороны и видели воюющих боевиков.",
  [("Афганистаном", "COUNTRY", "Afghanistan", "AF", T), ("Таджикистана", "COUNTRY", "Tajikistan", "TJ", T), ("Памире", "PHYSICAL", "Pamir Mountains", None, T),
   ("Душанбе", "SETTLEMENT", "Dushanbe", "TJ", T), ("Бадахшана", "ADMIN1", "Badakhshan Province", "AF", T),
   ("Таджикистаном", "COUNTRY", "Tajikistan", "TJ", T)]),
 ("fergana-dolgaya-doroga-na-kryshu-mira", "https://fergananews.com/articles/9223", "news",
  "Тут не летают самолеты и не ходят поезда. Долгая дорога на Крышу мира",
  "Тут не летают самолеты и не ходят поезда. Долгая дорога на Крышу мира\n\nДорога на Памир начинается со стоянки в Душанбе, где джипы ждут своей очереди. Шоферы наперебой приглашают в свою машину. Летом трасса очень оживленная. Но сейчас, в разгар зимы, желающих отправиться в автопутешествие в Горно-Бадахшанскую автономную область (ГБАО) Таджикистана меньше – соответственно, на стоянке меньше и машин. В то же время на каждую находятся свои клиенты, поскольку самолеты в Хорог – областной центр ГБАО – из-за погодных условий не летают вот уже 5 месяцев.\n\nМашины для такой сложной трассы нужны комфортабельные. В одном джипе можно разместить 7 человек, а сейчас еще и «Хюндай-старексы» ездят, в которые вмещаются еще больше людей. Памирцы называют их на афганский манер «фаланкуч», что в переводе означает «маленький автобус».",
  [("Крышу мира", "_EPITHET", None, None, T), ("Памир", "PHYSICAL", "Pamir Mountains", None, T), ("Душанбе", "SETTLEMENT", "Dushanbe", "TJ", T),
   ("Горно-Бадахшанскую", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T),
   ("ГБАО", "ADMIN1", "Gorno-Badakhshan Autonomous Region (GBAO)", "TJ", T), ("Таджикистана", "COUNTRY", "Tajikistan", "TJ", T),
   ("Хорог", "SETTLEMENT", "Khorog", "TJ", T)]),
 ("novostin-drugoy-afganistan-vakhan", "https://novosti-n.org/ukraine/Drugoj-Afganystan-puteshestvye-v-dykyj-regyon-Vahan-FOTO-200638.amp", "travel",
  "Другой Афганистан: путешествие в дикий регион Вахан",
  "Другой Афганистан: путешествие в дикий регион Вахан. ФОТО\n\nВахан — дикий регион Северо-Восточного Афганистана, входящий в провинцию Бадахшан, — невелик размером (в длину всего 300 км) и зажат между горами Памира и хребтом Гиндукуш. Горные перевалы здесь чередуются высокогорными плато. Когда-то Ваханский коридор был частью древнего Великого шелкового пути, важнейшего торгового маршрута, соединявшего Китай с Европой. Наряду с купеческими караванами по нему проходили воинственные армии и бесстрашные исследователи.\n\nМестные жители, ваханцы и киргизы, весьма приветливы. Фотографировать женщин сложно, они скрытные, признает фотограф. Но с мужчинами и детьми такой проблемы не было. В знак дружбы они прикладывают руку к левой стороне груди, тем самым говоря, что их приветствие исходит от сердца. В пограничном городе Ишкашим с большим суннитским населением многие женщины носят длинную синюю паранджу, закрывающую лицо.",
  [("Афганистан", "COUNTRY", "Afghanistan", "AF", T), ("Вахан", "PHYSICAL", "Wakhan (Afghan Wakhan / Wakhan Corridor)", "AF", T),
   ("Афганистана", "COUNTRY", "Afghanistan", "AF", T), ("Бадахшан", "ADMIN1", "Badakhshan Province", "AF", T),
   ("Памира", "PHYSICAL", "Pamir Mountains", None, T), ("Гиндукуш", "PHYSICAL", "Hindu Kush", None, T),
   ("Ваханский", "PHYSICAL", "Wakhan Corridor", "AF", T), ("Великого шелкового пути", "ROAD", "Great Silk Road", None, T),
   ("Китай", "COUNTRY", "China", "CN", T), ("Европой", "REGION", "Europe", None, T),
   ("Ишкашим", "SETTLEMENT", "Ishkashim (Afghanistan)", "AF", T)]),
 ("cyberleninka-baron-cherkasov-zapadnyy-pamir", "https://cyberleninka.ru/article/n/o-vzaimootnosheniyah-russkih-i-naseleniya-zapadnogo-pamira-v-doneseniyah-barona-cherkasova", "encyclopaedia",
  "О взаимоотношениях русских и населения Западного Памира в донесениях барона Черкасова",
  "О ВЗАИМООТНОШЕНИЯХ РУССКИХ И НАСЕЛЕНИЯ ЗАПАДНОГО ПАМИРА В ДОНЕСЕНИЯХ БАРОНА ЧЕРКАСОВА\n\nКлючевые слова\nБАРОН ЧЕРКАСОВ / РОССИЯ / ЗАПАДНЫЙ ПАМИР / РУШАН / ШУГНАН / ВАХАН / ПОБОРЫ / ПИРИ / МИНГБОШИ / АДМИНИСТРАЦИЯ\n\nАннотация научной статьи по истории и археологии, автор научной работы — Карамова Ибодат Имомназаровна\n\nВ статье, на основе анализа материалов Государственного архива Горно-Бадахшанской автономной области Республики Таджикистан, раскрывается роль русских путешественников, ученых и военных специалистов в изучении Западного Памира. Из истории края известно, что в 1895 г. Западный Памир был присоединен к Бухарскому эмирату взамен левобережнего Дарваза, который, по соглашению между Россией и Англией, отошел к Афганистану.",
  [("ЗАПАДНОГО ПАМИРА", "PHYSICAL", "Western Pamir", "TJ", T), ("ЗАПАДНЫЙ ПАМИР", "PHYSICAL", "Western Pamir", "TJ", T),
   ("РОССИЯ", "COUNTRY", "Russia", "RU", T), ("РУШАН", "REGION", "Rushan (historical region)", None, T),
   ("ШУГНАН", "REGION", "Shughnan (historical region, both banks)", None, T), ("ВАХАН", "REGION", "Wakhan (historical region, both banks)", None, T),
   ("Государственного архива Горно-Бадахшанской автономной области Республики Таджикистан", "_ORG", None, None, T),
   ("Западного Памира", "PHYSICAL", "Western Pamir", "TJ", T), ("Западный Памир", "PHYSICAL", "Western Pamir", "TJ", T),
   ("Бухарскому эмирату", "REGION", "Emirate of Bukhara", None, T), ("Дарваза", "REGION", "Darvaz (left bank, Afghanistan)", "AF", T),
   ("Россией", "COUNTRY", "Russia", "RU", T), ("Англией", "COUNTRY", "United Kingdom", "GB", T),
   ("Афганистану", "COUNTRY", "Afghanistan", "AF", T)]),
]

WORD = r"(?<![\w-]){}(?![\w-])"


def pattern(surface):
    """'left [name] right' -> regex with the name as group 1; a plain surface -> the whole word."""
    m = re.fullmatch(r"(.*)\[(.+)\](.*)", surface)
    if not m:
        return re.compile(WORD.format("(" + re.escape(surface) + ")")), surface
    left, name, right = m.groups()
    return re.compile(WORD.format(re.escape(left) + "(" + re.escape(name) + ")" + re.escape(right))), name


def earlier_points():
    """canonical name -> (lat, lon, coord_source) from the earlier Russian sets' located spans."""
    out = {}
    lines = (REPO / "tests/data/dev7.jsonl").read_text(encoding="utf-8").splitlines()[:KEEP]
    for f in ("dev_ru.jsonl", "dev5.jsonl"):
        lines += (REPO / "tests/data" / f).read_text(encoding="utf-8").splitlines()
    for line in lines:
        for s in json.loads(line)["spans"]:
            if s["lat"] is not None:
                out.setdefault(s["name"], (s["lat"], s["lon"], s["coord_source"]))
    return out


def locate(name, points, gz):
    if name in points:
        return points[name]
    if name in GID:
        p = gz.get(GID[name])
        return p.lat, p.lon, f"bundled gazetteer {p.id}"
    if name in PROXY:
        ref, why = PROXY[name]
        lat, lon, src = points[ref]
        return lat, lon, f"[proxy: {why}] {src}"
    return None


def spans_of(text, ann, points, gz):
    taken, out = [], []
    for surface, label, name, country, lit in sorted(ann, key=lambda a: -len(pattern(a[0])[1])):
        rx, _ = pattern(surface)
        for m in rx.finditer(text):
            s, e = m.span(1)
            if any(s < b and a < e for a, b in taken):
                continue
            taken.append((s, e))
            if label.startswith("_"):
                continue
            sp = {"start": s, "end": e, "surface": text[s:e], "label": label, "literal": lit, "name": name,
                  "country": country, "lat": None, "lon": None, "coord_source": None}
            where = locate(name, points, gz)
            if where:
                sp.update(lat=where[0], lon=where[1], coord_source=where[2])
            else:
                sp["note"] = "no bundled or cited source locates it (checked at annotation)"
            out.append(sp)
    return sorted(out, key=lambda s: s["start"])


def main():
    gz = load_gazetteer()
    points = earlier_points()
    path = REPO / "tests/data/dev7.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()[:KEEP]
    for n, (slug, url, genre, title, text, ann) in enumerate(DOCS + DOCS33, KEEP + 1):
        lines.append(json.dumps({"doc_id": f"dev7_{n:02d}_{slug}", "source": url, "url": url, "title": title, "genre": genre,
                                 "lang": "ru", "text": text, "spans": spans_of(text, ann, points, gz)}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
