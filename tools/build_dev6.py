"""Build tests/data/dev6.jsonl from hand annotations: each document's spans are given as (surface, label,
name, country, literal); every whole-word occurrence of the surface is a span (longest first); the point
is the bundled gazetteer's place of that name and country, fetched for a place already decided on."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from pyanj.cli.shared import load_gazetteer
sys.path.insert(0, str(Path(__file__).resolve().parent))
import dev6_more
import dev6_more12
import dev6_more13
import dev6_more14
import dev6_more15
import dev6_more16
import dev6_more17
import dev6_more18
import dev6_more19
import dev6_more20

# each later batch's module, in text order: its DOCS and its spans_of(slug, text, ann, gz)
BATCHES = [dev6_more, dev6_more12, dev6_more13, dev6_more14, dev6_more15, dev6_more16, dev6_more17, dev6_more18, dev6_more19,
           dev6_more20]

T, F = True, False
DOCS = [
 ("terryculver-murghab-rangkul-karakul", "http://terryculver.blogspot.com/2017/07/ran-and-kara-cool.html", "travel", "ran and kara - cool",
  "A short day's driving today as we set off from Murghab to Rangkul on the Chinese/Tajikistan border.\nThe scenery was once again beautiful with colourful mountains, and fantastic reflections in the lakes.\n\nRangkul itself was an extremely basic village. Mud brick houses, and electricity for a couple of hours in the evening. It seemed almost deserted\n\nIn the distance could be seen the wonderful snow capped dome of Muztagh Ata, a large mountain in Western China that loomed on the horizon almost all of the way from Murghab. On the extreme right in the distance we could also see some of the Pakistan mountains from the Hindu Kush.\n\nThe best word to describe this area is : bleak!\n\nRangkul Lake:\n\nAfter we left Rangkul we backtracked a little then headed north on the Pamir Highway to Lake Karakul, the largest lake in Tajikistan.\n\nKarakul Lake:\n\nIn both Rangkul and Karakul I found an array of fascinating gates, doors and windows that could almost pass as pieces of Abstract Art:",
  [("Rangkul Lake","PHYSICAL","Rangkul Lake","TJ",T),("Lake Karakul","PHYSICAL","Karakul","TJ",T),("Karakul Lake","PHYSICAL","Karakul","TJ",T),
   ("Pamir Highway","ROAD","Pamir Highway","TJ",T),("Muztagh Ata","PHYSICAL","Muztagh Ata","CN",T),("Hindu Kush","PHYSICAL","Hindu Kush",None,T),
   ("Murghab","SETTLEMENT","Murghob","TJ",T),("Rangkul","SETTLEMENT","Rangkul","TJ",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),
   ("China","COUNTRY","China","CN",T),("Pakistan","COUNTRY","Pakistan","PK",T),("Karakul","SETTLEMENT","Karakul","TJ",T)]),
 ("silkadv-rangkul-lake", "https://silkadv.com/en/content/rangkul-lake", "travel", "Rangkul lake",
  "The lake Rangkul, is in Is Mountain-Badakshan autonomous region of Tajikistan, in southern spurs Sarykol of a ridge. Length of lake of 2 kilometers of 772 meters, width of lake almost 2 kilometers. By lake there passes a highway to settlement Rangkul.\nThe lake Rangkul is at height of 3 764 meters above sea level in the most east remote part of Tajikistan, in extensive to a hollow. The lake Rangkul incorporates to lake Rangkul, narrow 11 kilometer cana Uzykdarya.\nFrom the city of Murghab the lake is in 50 kilometers and in 22 kilometers from settlement Rangkul which is located in the east from lake. Length of lake of 455 meters of 4 kilometers, width of 50 meters of 2 kilometers.\nThe area of lake Rangkul makes 7,8 kilometers square, the greatest depth - 2,5 meters. Water in lakes fresh, on a surface of lake it is possible to see in current of day turquoise-blue and blue-violet colors.\nThe greatest depth of lake - 2,5 meters. A dining fills up lake due to thawed snow and glacial waters. Water gets warm poorly. In vicinities of lake are Saks buraial mounds. In a southern part of lake there is an island Aralbashi.\nOn islands of lake there live colonies of wild geese. Near lake there is a settlement and road on the city of Murghab. In mountains to the south from lake the cave of Travellers (other name - cave Matatash), in which on a legend cover up Alexander the Great treasure or the Venetian merchants travelled in China on the Silk Way is located.",
  [("Mountain-Badakshan","ADMIN1","Gorno-Badakhshan","TJ",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Sarykol","PHYSICAL","Sarikol Range",None,T),
   ("Murghab","SETTLEMENT","Murghob","TJ",T),("Uzykdarya","RIVER","Uzyk Darya","TJ",T),("Aralbashi","PHYSICAL","Aralbashi","TJ",T),("Matatash","PHYSICAL","Matatash","TJ",T),
   ("China","COUNTRY","China","CN",T),("Rangkul","SETTLEMENT","Rangkul","TJ",T)]),
 ("ariananews-takhar-border-secure", "https://www.ariananews.af/takhars-border-with-tajikistan-secure-iea-official/", "news", "Takhar's border with Tajikistan secure: IEA official",
  "Takhar security authorities say they have the border areas in the province under control and will not allow threats to be created from Afghanistan against Tajikistan.\n\nThe acting head of the Takhar Police Command Qari Zakrullah Zaker says that they have the necessary preparations in place in coordination with the National Army and the Border Police, and that there are no security concerns along the border at the moment.\n\nAccording to Zaker, the Islamic Emirate has arrested several drug smugglers in border areas and drug trafficking has been stamped out completely in the province.\n\n\u201cUnder the previous government, drugs were exported to and from Afghanistan from Tajikistan, but now our forces are regular at the borders,\u201d said Zaker.\n\nSix districts of Takhar province, along the Kokcha River, share a border with Tajikistan.\n\nThe residents of Takhar say that they once witnessed artillery shelling from Tajikistan after the establishment of the Islamic Emirate but they want the government to establish good relations with neighboring countries so that they do not witness such incidents again.\n\nEarly this year, several mortar rounds were launched from Khwaja Ghar district in Takhar, aimed at Tajikistan. Daesh claimed responsibility.",
  [("Takhar Police Command","_ORG",None,None,T),("Kokcha River","RIVER","Kokcha River","AF",T),("Khwaja Ghar","ADMIN2","Khwaja Ghar District","AF",T),
   ("Takhar","ADMIN1","Takhar","AF",T),("Afghanistan","COUNTRY","Afghanistan","AF",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T)]),
 ("presstories-taliban-seize-sher-khan-imam-sahib", "https://presstories.com/2021/06/22/the-taliban-in-afghanistan-the-taliban-have-seized-control-of-the-tajikistan-border-in-afghanistan-the-largest-operation-since-the-withdrawal-of-us-troops-from-the-country-the-capture-of-the-port/", "news", "The Taliban have seized control of the Tajikistan border in Afghanistan",
  "Taliban Afghanistan I occupy the main border with Tajikistan. Authorities say security forces have relinquished their positions and some have fled across the border. The northern Sheikh Khan Bandar in Afghanistan is about 50 kilometers from Kunduz, the first large area captured by the Taliban since the withdrawal of US troops.Kunduz provincial councilor Khalidin Hakmi said, \u201cUnfortunately after an hour of fighting in the morning, the Taliban captured the port of Sheikh Khan and the city and checked the posts on the border with Tajikistan.\u201d At the same time, an army official said they were forced to leave a checkpoint on the border and that some soldiers had crossed the border into Tajikistan. In the morning Taliban militants were everywhere.\n\nThe Mujahideen have complete control over all borders near Shirkhan Bandar and Tajikistan.\n\nThe Taliban have been in control of several districts since the withdrawal of US and NATO troops from Afghanistan began on May 1. Imam Sahib of Northern Kunduz, located in the northern suburbs of Afghanistan, shares a border with Tajikistan, an important supply route to Central Asia. Provincial police spokesman Inamuddin Rahmani said police and Afghan National Army soldiers were trying to protect the district.\n\nTaliban spokesman Jabiullah Mujahid confirmed that Imam Sahib district was now under Taliban control and added, \u201cWe have heard that many soldiers have surrendered to the Taliban.\u201d",
  [("Sheikh Khan Bandar","SETTLEMENT","Sher Khan Bandar","AF",T),("Shirkhan Bandar","SETTLEMENT","Sher Khan Bandar","AF",T),("Sheikh Khan","SETTLEMENT","Sher Khan Bandar","AF",T),
   ("Imam Sahib","ADMIN2","Imam Sahib District","AF",T),("Central Asia","REGION","Central Asia",None,T),("Kunduz","ADMIN1","Kunduz","AF",T),
   ("Afghanistan","COUNTRY","Afghanistan","AF",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("US","COUNTRY","United States","US",T)]),
 ("afghanspirit-taliban-capture-durqad", "http://afghanspirit.com/farakhabar-taliban-capture-durqad-district-of-takhar/", "news", "FARAKHABAR: Taliban Capture Durqad District of Takhar",
  "FARAKHABAR: Taliban Capture Durqad District of Takhar\n\nTaliban insurgents attacked Durqad district in northern Takhar province on Tuesday night and seized control of the district after heavy clashes with security forces, local officials said.\n\nA number of local officials believe that insurgents moved into the area after being driven out of Dashti-e-Archi district in Kunduz province by security forces over the past few days.\n\nIn this episode of Farakhabar, host Yama Siavash discusses the topic with the following guest:\n\nSharifi Balkhabi, MP\n\nSiddiq Siddiqi, Interior Ministry\u2019s spokesman",
  [("Durqad District","ADMIN2","Darqad District","AF",T),("Durqad","ADMIN2","Darqad District","AF",T),("Dashti-e-Archi","ADMIN2","Dasht-e Archi District","AF",T),
   ("Takhar","ADMIN1","Takhar","AF",T),("Kunduz","ADMIN1","Kunduz","AF",T)]),
 ("dnd-roads-to-takhar-taliban", "https://archive.dnd.com.pk/roads-leading-to-takhar-province-are-under-control-of-taliban-in-afghanistan/140185", "news", "Roads leading to Takhar Province are under control of Taliban in Afghanistan",
  "Kabul, Afghanistan: No Peace Talks at sight with Kabul government, Afghan Taliban are building their presence on Afghan-Tajik and trying to capture Takhar Province after their successful military campaigns in Kunduz Province.\n\nAccording to information received at Kabul, Taliban are launching assaults on army outposts and controlling road link between Baghlan province at west and between Kunduz and Takhar Province. Information suggest that patrolling of Afghan National Army has been disrupted from Baghlan to Takhar by sporadic attacks of Taliban.\n\nTaliban killed over 15 Afghan police officers and wounding 19 on Friday attacks in Takhar. Attack on police check post was confirmed by provincial police spokesman Khali Aseir who said post was attacked at night at district of Khwaja Ghar.\n\nTakhar is multi-ethnic province and is mostly tribal and a rural society located in the northeast of the country next to Tajikistan. It is surrounded by Badakhshan in the east, Panjshir in the south, and Baghlan and Kunduz in the west. The city of Taloqan serves as its capital.",
  [("Takhar Province","ADMIN1","Takhar","AF",T),("Kunduz Province","ADMIN1","Kunduz","AF",T),("Khwaja Ghar","ADMIN2","Khwaja Ghar District","AF",T),
   ("Kabul","SETTLEMENT","Kabul","AF",T),("Afghanistan","COUNTRY","Afghanistan","AF",T),("Takhar","ADMIN1","Takhar","AF",T),
   ("Kunduz","ADMIN1","Kunduz","AF",T),("Baghlan","ADMIN1","Baghlan","AF",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Badakhshan","ADMIN1","Badakhshan","AF",T),
   ("Panjshir","ADMIN1","Panjshir","AF",T),("Taloqan","SETTLEMENT","Taloqan","AF",T)]),
 ("newstj-imam-sahib-clashes-aqbai", "http://www.news.tj/tj/node/240666", "news", "Clashes near Tajikistan's border in Imam Sahib",
  "Clashes between Taliban militants and Afghan security forces are reportedly intensifying in areas close to Tajikistan\u2019s border but Dushanbe is sanguine about this and monitor the situation.\n\nAfghan media reports say clashes between Taliban militants and Afghan security forces are going on in the Imam Sahib district of Kunduz province and the Imam Sahib district chief said on Monday that if reinforcements do not arrive, the district is likely to collapse.\n\nAmanuddin Quraishi told Pajhwok Afghan News at around 5 pm yesterday that the Taliban launched attacks on Aqbai village on Sunday morning and eventual took control of the village.\n\nThe insurgents have now reached near Maqwar area of the district, he said, adding: \u201cLast night, security forces arrived here and launched an operation. But unfortunately the Taliban advanced further and are closing in on the district center.\u201d\n\nTaliban reportedly attacked Imam Sahib district of northern Kunduz province on Sunday afternoon and clashes are still ongoing, local officials said on Monday.",
  [("Pajhwok Afghan News","_ORG",None,None,T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Dushanbe","SETTLEMENT","Dushanbe","TJ",F),("Imam Sahib","ADMIN2","Imam Sahib District","AF",T),
   ("Kunduz","ADMIN1","Kunduz","AF",T),("Aqbai","SETTLEMENT","Aqbai","AF",T),("Maqwar","SETTLEMENT","Maqwar","AF",T)]),
 ("asiaplus-mudflow-murgab-district", "https://www.asiaplustj.info/en/news/tajikistan/incidents/20100809/mudflow-destroys-4-residential-buildings-murgab-district", "news", "Mudflow destroys 4 residential buildings in Murgab district",
  "KHOROG, August 9, 2010, Asia-Plus  -- Mudflow has caused serious damage to Murgab district in Gorno Badakhshan.\n\n\u201cA short torrential rain Saturday (August 7) afternoon caused a mudflow that affected 117 households in the district administrative center; four residential building were destroyed completely and four other houses have 75 percent damage and are also not suitable for living,\u201d Karamali Shekhov, an officer from the GBAO emergency management agency, told Asia-Plus.  No injured was reported, according to him.\n\nThe mudflow also damaged three drinking water wells as well as bazaar in the administrative center, Shekhov added.\n\nRepresentatives from the GBAO emergency management agency are currently in Murgab to assess the actual volume of damage caused by the mudflow to the district.",
  [("KHOROG","SETTLEMENT","Khorugh","TJ",T),("Gorno Badakhshan","ADMIN1","Gorno-Badakhshan","TJ",T),("GBAO","ADMIN1","Gorno-Badakhshan","TJ",F),("Murgab","ADMIN2","Murghob District","TJ",T)]),
 ("asiaplus-shujand-rushan-evacuated", "https://www.asiaplustj.info/en/news/tajikistan/incidents/20220826/68-households-of-shujand-village-in-gbaos-rushan-district-evacuated-to-due-to-the-threat-of-flooding", "news", "68 households of Shujand village in GBAO's Rushan district evacuated",
  "68 households in the village of Shujand in the Rushan district of the Gorno Badakhshan Autonomous Region (GBAO) have been evacuated to a local school due to the risk of flooding.\n\nTorrential rain on August 24-25 mudflows that flooded two households houses and damaged ancillary buildings, household plots and farmlands in the village, according to the Emergencies Committee under the Government of Tajikistan.  \n\nUmeda Yusufi, a spokeswoman for the Emergencies Committee, says the mudflows also blocked the canal of the local small hydropower plant.\n\nFortunately, no casualties were reported, according to her.",
  [("Shujand","SETTLEMENT","Shujand","TJ",T),("Rushan","ADMIN2","Rushon District","TJ",T),("Gorno Badakhshan Autonomous Region","ADMIN1","Gorno-Badakhshan","TJ",T),
   ("GBAO","ADMIN1","Gorno-Badakhshan","TJ",T),("Tajikistan","COUNTRY","Tajikistan","TJ",F)]),
 ("asiaplus-umarak-darvoz-relocated", "https://asiaplustj.info/en/news/tajikistan/incidents/20220328/fifteen-households-in-gbaos-darvoz-district-to-be-relocated-to-safe-place", "news", "Fifteen households in GBAO's Darvoz district to be relocated",
  "Fifteen households in the Darvoz districts of the Gorno Badakhshan Autonomous Region (GBAO) are expected to be relocated to safe place due to the threat of a natural disaster.\n\nThe press center of the Emergencies Committee under the Government of Tajikistan says the findings of the engineering-and-geological survey conducted in Umarak village have revealed that fifteen households are under the threat of natural disaster. \n\nAccording to her, torrential rain on March 27 caused a mudflow in the Umarak village area.  Fortunately no injured was reported.\n\nIt is to be noted that torrential rains on March 12 and 18 also caused mudflows in the Umarak village area.  Two houses were destroyed completely and three other houses were damaged partially.  No injured was reported.",
  [("Darvoz","ADMIN2","Darvoz District","TJ",T),("Gorno Badakhshan Autonomous Region","ADMIN1","Gorno-Badakhshan","TJ",T),("GBAO","ADMIN1","Gorno-Badakhshan","TJ",T),
   ("Tajikistan","COUNTRY","Tajikistan","TJ",F),("Umarak","SETTLEMENT","Umarak","TJ",T)]),
 ("reliefweb-mudflow-shughnan-sitrep2", "https://reliefweb.int/report/tajikistan/mudflow-shughnan-district-gorno-badakhshan-autonomous-oblast-gbao-tajikistan-0", "un_ngo", "Mudflow in Shughnan District, GBAO, Tajikistan - Situation Report # 2",
  "Mudflow in Shughnan District, Gorno-Badakhshan Autonomous Oblast (GBAO), Tajikistan - Situation Report # 2, 18 July 2015\n\nKey Highlights:\n\n  \u2022 A16 July mudflow as a result of snow melting due to high temperatures blocked the current of Gund River creating an artificial lake.\n\n  \u2022 Over 80% of the communities in whole of GBAO do not have electricity due to infrastructure damages.\n\n  \u2022 High risk for outburst of artificial lake as a result of blockage of Gund River with potential for devastating floods in Khorog and nearby communities, including three districts of Khatlon Oblast.",
  [("Shughnan District","ADMIN2","Shughnon District","TJ",T),("Gorno-Badakhshan Autonomous Oblast","ADMIN1","Gorno-Badakhshan","TJ",T),("GBAO","ADMIN1","Gorno-Badakhshan","TJ",T),
   ("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Gund River","RIVER","Gunt","TJ",T),("Khorog","SETTLEMENT","Khorugh","TJ",T),("Khatlon Oblast","ADMIN1","Khatlon","TJ",T)]),
 ("irin-roshtkala-mudslide-dasht-relocated", "https://www.thenewhumanitarian.org/news/2002/08/16/villagers-be-relocated-after-mudslide", "un_ngo", "Villagers to be relocated after mudslide",
  "Villagers to be relocated after mudslide\n\nTajik authorities will relocate about 500 people left homeless after a flash flood ripped through their village this month, killing 24 people. Aid agencies, however, are \"concerned\" about the new site. \"We are concerned about a number of things at the new site,\" Rafael Wargus, CARE International deputy head, told IRIN from the Tajik capital, Dushanbe. On 10 August President Emomali Rakhmonov announced a decision to permanently resettle the surviving 501 inhabitants of Dasht village, 524 km east of Dushanbe, to the district of Bishkent, about 200 km southwest of the capital and close to the Uzbek border. On the night of 7 August a torrent of mud hit the Roshtkali district of the Gorno-Badakhshan autonomous region, killing 24 people, destroying 75 houses and leaving hundreds homeless. An inter-agency meeting in Dushanbe on Wednesday decided to visit the relocation site and to provide temporary shelter to the villagers.",
  [("Dushanbe","SETTLEMENT","Dushanbe","TJ",T),("Dasht","SETTLEMENT","Dasht","TJ",T),("Bishkent","ADMIN2","Bishkent","TJ",T),("Roshtkali","ADMIN2","Roshtqal'a District","TJ",T),
   ("Gorno-Badakhshan","ADMIN1","Gorno-Badakhshan","TJ",T)]),
 ("visittajikistan-rasht-valley", "http://www.visittajikistan.tj/where-to-go/districts-of-republicans-subordination/rasht-valley/", "travel", "Rasht Valley",
  "The Rasht Valley is known from medieval times as one of the settlements on the Silk Route and the capital of the historical Karategin area in the Pamirs. At the end of the 2nd century B.C. the Great Silk Route crossed the Alai mountains and Rasht Valley continuing through Gissar, Khatlon, Balkh, Iran and Iraq and reaching the banks of the Mediterranean Sea to unite East and West.\n\nThe nature of the Rasht Valley is exceptionally picturesque, and the gorges of Kamarob, Yasman and Khait are considered the best places for holidays. There are natural resources such as aluminum, marble and coal which are deposited in Nazarailok. There are numerous mineral springs which are used for medicinal purposes.\n\nThe Rasht district in the valley of the same name was known as Gharm and was considered the centre of the national culture of Darvaz and Karategin valleys. The Gharm district was established in 1931 which was renamed Rasht in 2001. Prior to Soviet rule the people in this area walked thousands of miles in search for education and reached remote cities such as Bukhara, Kabul, Kashmir, Chidda and Delhi.\n\nThe territory of Rasht is about 400,000 hectare. It consists of 14 sub-districts \u2013 Gharm and Navabad \u2013 are settlements and the rest are villages. The distance from the Rasht valley to the capital of Tajikistan, Dushanbe is 18",
  [("Rasht Valley","REGION","Rasht Valley","TJ",T),("Rasht valley","REGION","Rasht Valley","TJ",T),("Karategin","REGION","Karategin","TJ",T),("Pamirs","PHYSICAL","Pamir Mountains",None,T),
   ("Alai","PHYSICAL","Alay Range",None,T),("Gissar","SETTLEMENT","Hisor","TJ",T),("Khatlon","ADMIN1","Khatlon","TJ",T),("Balkh","ADMIN1","Balkh","AF",T),("Iran","COUNTRY","Iran","IR",T),("Iraq","COUNTRY","Iraq","IQ",T),
   ("Mediterranean Sea","PHYSICAL","Mediterranean Sea",None,T),("Kamarob","PHYSICAL","Kamarob","TJ",T),("Yasman","PHYSICAL","Yasman","TJ",T),("Khait","PHYSICAL","Khait","TJ",T),("Nazarailok","SETTLEMENT","Nazarailok","TJ",T),
   ("Rasht","ADMIN2","Rasht District","TJ",T),("Gharm","SETTLEMENT","Gharm","TJ",T),("Darvaz","REGION","Darvaz","TJ",T),("Bukhara","SETTLEMENT","Bukhara","UZ",T),("Kabul","SETTLEMENT","Kabul","AF",T),
   ("Kashmir","REGION","Kashmir",None,T),("Delhi","SETTLEMENT","Delhi","IN",T),("Navabad","SETTLEMENT","Navabad","TJ",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Dushanbe","SETTLEMENT","Dushanbe","TJ",T)]),
 ("jjgbkhll-dashti-qala-district", "https://jjgbkhll.shop/wiki/Dashti_Qala_District", "encyclopaedia", "Dashti Qala District",
  "Dashti Qala District (\u062f\u0634\u062a \u0642\u0644\u0639\u0647) is a district of Takhar Province, Afghanistan. It split from Khwaja Ghar District in June 2005.[7] This district borders Tajikistan. Ai-Khanoum, probably founded by the Seleucid Empire, is located in this district. In 2018, this district was considered contested between the government and the Taliban.[8]\nGeography\n[edit]Dashti Qala District has an area of 270 square kilometers,[4] comparatively equivalent to Niue.[9] The Panj River borders the district, and the Kokcha River crosses Dashti Qala.[10] The climate of the district is classified as cold, semi-arid steppe on the K\u00f6ppen\u2013Geiger climate classification system.[11]\nLocation\n[edit]The district is surrounded by Darqad to the northwest, Khwaja Bahauddin to the north, Rustaq to the east, Khwaja Ghar to the south, and Khatlon province (Tajikistan) to the west.[12] The Panj River forms the border between Khatlon Province and Dashti Qala.[10]",
  [("Dashti Qala District","ADMIN2","Dasht-e Qala District","AF",T),("\u062f\u0634\u062a \u0642\u0644\u0639\u0647","ADMIN2","Dasht-e Qala District","AF",T),("Dashti Qala","ADMIN2","Dasht-e Qala District","AF",T),("Takhar Province","ADMIN1","Takhar","AF",T),("Afghanistan","COUNTRY","Afghanistan","AF",T),
   ("Khwaja Ghar District","ADMIN2","Khwaja Ghar District","AF",T),("Khwaja Ghar","ADMIN2","Khwaja Ghar District","AF",T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Ai-Khanoum","SETTLEMENT","Ai-Khanoum","AF",T),
   ("Niue","COUNTRY","Niue","NU",T),("Panj River","RIVER","Panj River",None,T),("Kokcha River","RIVER","Kokcha River","AF",T),("Darqad","ADMIN2","Darqad District","AF",T),("Khwaja Bahauddin","ADMIN2","Khwaja Bahauddin District","AF",T),
   ("Rustaq","ADMIN2","Rustaq District","AF",T),("Khatlon Province","ADMIN1","Khatlon","TJ",T),("Khatlon","ADMIN1","Khatlon","TJ",T)]),
 ("nomadsland-zorkul-lake", "https://nomadsland.travel/en/before-you-go/tajikistan-afghanistan/sights/zorkul-lake", "travel", "Zorkul lake",
  "Zorkul Lake stretches from east to west for about 20 km and is located 4120 meters above sea level on the Afghan-Tajik border. Part of the waters have their source in the Vakhan chain located to the south and its Concordia peak (5,470 m), about 11 km (as the crow flies) south of the lake. The northern half of the lake is in Tajikistan, at the foot of the Alichur-South Range. where it is protected as part of the Zorkul Nature Reserve. From the lake, to the west, flows the Pamir River, tracing the Afghan-Tajik border. It is therefore a source of the Amu Darya or the Oxus river. The Great Pamir extends to the south of the lake.\n\nThe lake was once in the territory of the mir of Wakhan, but the lake and the river were established as the border between Russia and Afghanistan by an agreement between the Russians and the British in 1895.\n\nAlthough there is a probable reference to the lake in Marco Polo's account, the first known European to have visited the lake was the British naval officer John Wood in 1838. Sir-i-kol became known to the British as the name of Lake Victoria.",
  [("Zorkul Lake","PHYSICAL","Zorkul",None,T),("Zorkul Nature Reserve","PHYSICAL","Zorkul Nature Reserve","TJ",T),("Vakhan","PHYSICAL","Wakhan Range","AF",T),("Concordia peak","_X",None,None,T),("Concordia","PHYSICAL","Concord Peak",None,T),
   ("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Alichur-South Range","PHYSICAL","South Alichur Range","TJ",T),("Pamir River","RIVER","Pamir River",None,T),("Amu Darya","RIVER","Amu Darya",None,T),("Oxus","RIVER","Amu Darya",None,T),
   ("Great Pamir","PHYSICAL","Great Pamir","AF",T),("Wakhan","REGION","Wakhan","AF",T),("Russia","COUNTRY","Russia","RU",T),("Afghanistan","COUNTRY","Afghanistan","AF",T),
   ("Sir-i-kol","PHYSICAL","Zorkul",None,T),("Lake Victoria","PHYSICAL","Zorkul",None,T)]),
 ("markazipress-foreign-fighters-kunduz-border", "http://markazipress.com/en/hundreds-of-foreign-insurgence-fighters-have-settled-near-the-border-of-tajikistan-in-afghanistan/", "news", "Hundreds of foreign insurgence fighters have settled near the border of Tajikistan in Afghanistan",
  "Hundreds of foreign insurgence fighters have settled near the border of Tajikistan in Afghanistan\n\nLocal Kunduz security officials have confirmed that over Two Hundred Foreign Insurgence fighters, which include 40 Tajikistani fighters, have settled near the Tajikistani border in Afghanistan.\n\nIt was also added that the Tajikistani fighters are led by a man called Mustafa Tajik which is operating between the two borders, and they are being given military training in the Kunar area. Kunduz residents have voiced their concerns and said if Imam Sahib is not cleaned properly from Taliban Insurgence.\n\nAfghan security forces have launched military operations in the Masum area near the Tajikistan border and they say that the insurgences are using the Jungle across the Amo River and the Afghan Security says we cannot cross the border in to Tajikistan.\n\nBoth the Afghan and Tajikistan government have admitted that this is a huge problem for both countries.",
  [("Mustafa Tajik","_P",None,None,T),("Tajikistan","COUNTRY","Tajikistan","TJ",T),("Afghanistan","COUNTRY","Afghanistan","AF",T),("Kunduz","ADMIN1","Kunduz","AF",T),("Kunar","SETTLEMENT","Kunar area (Kunduz)","AF",T),
   ("Imam Sahib","ADMIN2","Imam Sahib District","AF",T),("Masum","SETTLEMENT","Masum","AF",T),("Amo River","RIVER","Amu Darya",None,T)]),
]

WORD = r"(?<![\w-]){}(?![\w-])"

def spans_of(text, ann, gz):
    taken, out = [], []
    for surface, label, name, country, lit in sorted(ann, key=lambda a: -len(a[0])):
        for m in re.finditer(WORD.format(re.escape(surface)), text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if label.startswith("_"):
                continue                      # an organisation / office holding the name: no mention
            sp = {"start": m.start(), "end": m.end(), "surface": surface, "label": label, "literal": lit,
                  "name": name, "country": None if label in ("REGION",) else country,
                  "lat": None, "lon": None, "coord_source": None}
            cands = gz.lookup(name, country=country) if country else gz.lookup(name)
            cands = [c for c in cands if c.place.located]
            if cands:
                p = cands[0].place
                sp.update(lat=p.lat, lon=p.lon, coord_source=f"bundled gazetteer {p.id}")
            else:
                sp["note"] = "no bundled source (geoBoundaries, GeoNames, curated gazetteer) locates it"
            out.append(sp)
    return sorted(out, key=lambda s: s["start"])

def main():
    gz = load_gazetteer()
    lines = []
    batches = [(DOCS, lambda slug, text, ann, gz: spans_of(text, ann, gz), 1)]
    batches += [(m.DOCS, m.spans_of, getattr(m, "FIRST", None)) for m in BATCHES]
    docs, n = [], 0
    for batch, batch_spans, first in batches:     # a batch may fix its first text's number (FIRST): parallel batches
        n = first - 1 if first else n
        for doc in batch:
            n += 1
            docs.append((n, doc, batch_spans))
    for n, (slug, url, genre, title, text, ann), batch_spans in docs:
        sp = batch_spans(slug, text, ann, gz)
        for s in sp:                          # metonymy written in context: "with Kabul government"
            if text[s["end"]:s["end"] + 11] == " government":
                s["literal"] = False
        for s in sp:
            assert text[s["start"]:s["end"]] == s["surface"]
        lines.append(json.dumps({"doc_id": f"dev6_{n:02d}_{slug}", "source": url, "url": url, "title": title,
                                 "genre": genre, "lang": "en", "text": text, "spans": sp}, ensure_ascii=False))
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
