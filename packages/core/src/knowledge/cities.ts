// Cities, once for every package: a dateline names one alone ("TOKYO (AP) —"), copy names
// them as places. General knowledge, hand-written: capitals, the cities the AP Stylebook and
// the wires let stand alone in datelines, and the largest cities of each continent.

/**
 * Capitals and the cities well enough known to stand alone in a dateline, with the other
 * spellings in use ("Kyiv", "Kiev"; "Bogotá", "Bogota"; "St. Louis", "Saint Louis").
 *
 * @example
 * CITIES.includes('Rio de Janeiro') //=> true
 */
export const CITIES: readonly string[] = [
  // US (AP stand-alone) and other large US cities
  'Atlanta', 'Baltimore', 'Boston', 'Chicago', 'Cincinnati', 'Cleveland', 'Dallas', 'Denver', 'Detroit', 'Honolulu', 'Houston',
  'Indianapolis', 'Las Vegas', 'Los Angeles', 'Miami', 'Milwaukee', 'Minneapolis', 'New Orleans', 'New York', 'Oklahoma City',
  'Philadelphia', 'Phoenix', 'Pittsburgh', 'St. Louis', 'St Louis', 'Saint Louis', 'Salt Lake City', 'San Antonio', 'San Diego',
  'San Francisco', 'Seattle', 'Washington', 'Anchorage', 'Austin', 'Charlotte', 'Columbus', 'Fort Worth', 'Jacksonville',
  'Kansas City', 'Memphis', 'Nashville', 'Omaha', 'Portland', 'Sacramento', 'San Jose', 'St. Paul', 'Tampa', 'Tucson', 'Albuquerque',
  'Hartford', 'Newark', 'Orlando', 'Raleigh', 'Richmond', 'Buffalo', 'Louisville', 'Des Moines', 'Boise', 'Juneau', 'Albany',
  'Tallahassee', 'Trenton', 'Annapolis', 'Harrisburg', 'Springfield', 'Lansing', 'Madison', 'Cheyenne', 'Helena', 'Bismarck',
  'Pierre', 'Topeka', 'Lincoln', 'Santa Fe', 'Carson City', 'Olympia', 'Salem', 'Montpelier', 'Concord', 'Providence', 'Dover',
  'Charleston', 'Columbia', 'Montgomery', 'Jackson', 'Baton Rouge', 'Little Rock', 'Frankfort', 'Jefferson City', 'Saint Paul',
  'Palm Beach', 'Miami Beach', 'United Nations', 'Tulsa', 'Oakland', 'Long Beach', 'Rochester', 'Greenwich', 'Stamford', 'Toledo',
  'Akron', 'Dayton', 'El Paso', 'Fort Lauderdale', 'Wichita', 'Spokane', 'Tacoma', 'Fresno', 'Grand Rapids', 'Syracuse', 'Scranton',
  'Allentown', 'Wilmington', 'Norfolk', 'Savannah', 'Knoxville', 'Chattanooga', 'Lexington', 'Shreveport', 'Corpus Christi',
  'Lubbock', 'Amarillo', 'Galveston', 'Midland', 'Reno', 'Billings', 'Fargo', 'Sioux Falls', 'Sioux City', 'Peoria', 'Rockford',
  'Evansville', 'Fort Wayne', 'South Bend', 'Flint', 'Ann Arbor', 'Cedar Rapids', 'Duluth', 'Cape Canaveral', 'Atlantic City',
  'Pasadena', 'Santa Monica', 'Santa Barbara', 'Palo Alto', 'Menlo Park', 'Redmond', 'Cupertino', 'Mountain View', 'Dearborn',
  // Canada, Latin America, Caribbean
  'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Edmonton', 'Winnipeg', 'Quebec City', 'Halifax', 'Mexico City',
  'Guatemala City', 'Panama City', 'Havana', 'San Juan', 'Kingston', 'Port-au-Prince', 'Santo Domingo', 'Nassau', 'Tegucigalpa',
  'Managua', 'San Salvador', 'Caracas', 'Bogota', 'Bogotá', 'Quito', 'Lima', 'La Paz', 'Santiago', 'Buenos Aires', 'Montevideo',
  'Asuncion', 'Asunción', 'Brasilia', 'Brasília', 'Rio de Janeiro', 'Sao Paulo', 'São Paulo', 'Georgetown', 'Paramaribo',
  'Port of Spain', 'Bridgetown', 'Monterrey', 'Guadalajara', 'Medellin', 'Cali', 'Cartagena', 'Valparaiso', 'Cordoba',
  // Europe
  'London', 'Paris', 'Berlin', 'Bonn', 'Madrid', 'Rome', 'Vatican City', 'Milan', 'Turin', 'Naples', 'Florence', 'Venice',
  'Amsterdam', 'The Hague', 'Rotterdam', 'Brussels', 'Antwerp', 'Luxembourg', 'Geneva', 'Zurich', 'Basel', 'Bern', 'Berne',
  'Lausanne', 'Davos', 'Vienna', 'Prague', 'Budapest', 'Warsaw', 'Krakow', 'Gdansk', 'Bratislava', 'Ljubljana', 'Zagreb',
  'Belgrade', 'Sarajevo', 'Podgorica', 'Skopje', 'Tirana', 'Pristina', 'Sofia', 'Bucharest', 'Chisinau', 'Kiev', 'Kyiv',
  'Kharkiv', 'Odessa', 'Odesa', 'Lviv', 'Minsk', 'Moscow', 'St. Petersburg', 'Saint Petersburg', 'Leningrad', 'Vilnius', 'Riga',
  'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Reykjavik', 'Dublin', 'Belfast', 'Edinburgh', 'Glasgow', 'Cardiff',
  'Manchester', 'Liverpool', 'Birmingham', 'Lisbon', 'Porto', 'Barcelona', 'Valencia', 'Seville', 'Bilbao', 'Athens',
  'Thessaloniki', 'Nicosia', 'Valletta', 'Monaco', 'Monte Carlo', 'San Marino', 'Andorra la Vella', 'Vaduz', 'Frankfurt',
  'Hamburg', 'Munich', 'Cologne', 'Duesseldorf', 'Dusseldorf', 'Düsseldorf', 'Stuttgart', 'Hanover', 'Leipzig', 'Dresden',
  'Strasbourg', 'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Bordeaux', 'Lille', 'Calais', 'Gothenburg', 'Malmo', 'Bergen',
  'Gibraltar', 'East Berlin', 'West Berlin', 'Le Havre', 'Genoa', 'Trieste', 'Piraeus', 'Salzburg', 'Innsbruck', 'Graz',
  'Aberdeen', 'Leeds', 'Bristol', 'Southampton', 'Newcastle', 'Cork', 'Lugano', 'Marseilles', 'Nantes', 'Grenoble',
  // The same and more in their own languages, as their countries' wires (dpa, APA, SDA, ANSA, EFE, Lusa, PAP) print them.
  'Köln', 'München', 'Nürnberg', 'Nuremberg', 'Hannover', 'Bremen', 'Dortmund', 'Essen', 'Mainz', 'Wiesbaden', 'Kiel', 'Magdeburg',
  'Erfurt', 'Potsdam', 'Schwerin', 'Saarbrücken', 'Karlsruhe', 'Mannheim', 'Freiburg', 'Augsburg', 'Regensburg', 'Würzburg',
  'Bielefeld', 'Münster', 'Aachen', 'Rostock', 'Wien', 'Zürich', 'Genève', 'Roma', 'Milano', 'Napoli', 'Torino', 'Firenze',
  'Venezia', 'Genova', 'Bologna', 'Palermo', 'Bari', 'Praha', 'Warszawa', 'Kraków', 'Lisboa', 'Bruxelles', 'Brussel',
  'Antwerpen', 'Den Haag', 'København', 'Göteborg', 'Moskva', 'Sevilla', 'Zaragoza', 'Málaga', 'Malaga', 'Ciudad de México',
  'Istanbul', 'Ankara', 'Izmir', 'Tbilisi', 'Yerevan', 'Baku',
  // Middle East, Africa
  'Jerusalem', 'Tel Aviv', 'Gaza City', 'Ramallah', 'Beirut', 'Damascus', 'Aleppo', 'Amman', 'Baghdad', 'Basra', 'Mosul', 'Erbil',
  'Tehran', 'Teheran', 'Riyadh', 'Jeddah', 'Mecca', 'Kuwait City', 'Kuwait', 'Manama', 'Bahrain', 'Doha', 'Qatar', 'Abu Dhabi',
  'Dubai', 'Muscat', 'Sanaa', "Sana'a", 'Aden', 'Cairo', 'Alexandria', 'Tripoli', 'Benghazi', 'Tunis', 'Algiers', 'Rabat',
  'Casablanca', 'Khartoum', 'Addis Ababa', 'Asmara', 'Djibouti', 'Mogadishu', 'Nairobi', 'Mombasa', 'Kampala', 'Kigali',
  'Bujumbura', 'Dar es Salaam', 'Dodoma', 'Lusaka', 'Harare', 'Lilongwe', 'Maputo', 'Gaborone', 'Windhoek', 'Pretoria',
  'Johannesburg', 'Cape Town', 'Durban', 'Maseru', 'Mbabane', 'Antananarivo', 'Luanda', 'Kinshasa', 'Brazzaville', 'Libreville',
  'Yaounde', 'Douala', 'Lagos', 'Abuja', 'Accra', 'Lome', 'Cotonou', 'Abidjan', 'Monrovia', 'Freetown', 'Conakry', 'Dakar',
  'Bamako', 'Niamey', 'Ouagadougou', "N'Djamena", 'Nouakchott', 'Juba', 'Bangui', 'Malabo', 'Banjul', 'Bissau', 'Praia',
  // Asia, Pacific
  'Beijing', 'Peking', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Tianjin', 'Chongqing', 'Wuhan', 'Chengdu', 'Hong Kong', 'Macau',
  'Taipei', 'Tokyo', 'Osaka', 'Kyoto', 'Yokohama', 'Nagoya', 'Kobe', 'Seoul', 'Busan', 'Pusan', 'Pyongyang', 'Ulan Bator',
  'Ulaanbaatar', 'Manila', 'Jakarta', 'Kuala Lumpur', 'Singapore', 'Bangkok', 'Hanoi', 'Ho Chi Minh City', 'Saigon', 'Phnom Penh',
  'Vientiane', 'Yangon', 'Rangoon', 'Naypyitaw', 'Dhaka', 'Dacca', 'Kathmandu', 'Thimphu', 'Colombo', 'Male', 'New Delhi',
  'Delhi', 'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Madras', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Karachi',
  'Lahore', 'Islamabad', 'Kabul', 'Kandahar', 'Tashkent', 'Almaty', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Vladivostok',
  'Sydney', 'Melbourne', 'Canberra', 'Brisbane', 'Perth', 'Adelaide', 'Darwin', 'Hobart', 'Wellington', 'Auckland',
  'Christchurch', 'Suva', 'Port Moresby', 'Apia', 'Nuku\'alofa',
  // State, provincial and regional capitals and other large cities that regional papers and
  // national wires put alone in capitals at the head of a story ("MELAKA:", "PESHAWAR:", "KANO —").
  // Malaysia, Brunei, Indonesia, the Philippines, mainland South-East Asia
  'Melaka', 'Malacca', 'Ipoh', 'George Town', 'Johor Bahru', 'Johor Baru', 'Kota Kinabalu', 'Kuching', 'Kota Bharu',
  'Kuala Terengganu', 'Kuantan', 'Alor Setar', 'Alor Star', 'Kangar', 'Seremban', 'Shah Alam', 'Putrajaya', 'Petaling Jaya',
  'Labuan', 'Miri', 'Sibu', 'Klang', 'Bandar Seri Begawan', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Semarang', 'Yogyakarta',
  'Denpasar', 'Palembang', 'Banda Aceh', 'Pekanbaru', 'Padang', 'Balikpapan', 'Pontianak', 'Manado', 'Jayapura', 'Batam',
  'Mataram', 'Kupang', 'Ambon', 'Dili', 'Quezon City', 'Cebu', 'Cebu City', 'Davao', 'Davao City', 'Zamboanga', 'Iloilo',
  'Baguio', 'Makati', 'Cagayan de Oro', 'Chiang Mai', 'Phuket', 'Pattaya', 'Hat Yai', 'Da Nang', 'Danang', 'Haiphong',
  'Mandalay', 'Siem Reap', 'Luang Prabang',
  // South Asia: India's state capitals and large cities, Pakistan's, Bangladesh's, Sri Lanka's, Nepal's, Afghanistan's
  'Lucknow', 'Patna', 'Bhopal', 'Jaipur', 'Chandigarh', 'Thiruvananthapuram', 'Trivandrum', 'Bhubaneswar', 'Guwahati', 'Shimla',
  'Srinagar', 'Jammu', 'Ranchi', 'Raipur', 'Dehradun', 'Gandhinagar', 'Ahmedabad', 'Pune', 'Imphal', 'Shillong', 'Aizawl',
  'Kohima', 'Agartala', 'Itanagar', 'Gangtok', 'Panaji', 'Puducherry', 'Pondicherry', 'Kochi', 'Cochin', 'Visakhapatnam',
  'Vijayawada', 'Coimbatore', 'Madurai', 'Nagpur', 'Indore', 'Kanpur', 'Varanasi', 'Amritsar', 'Ludhiana', 'Surat', 'Vadodara',
  'Mangaluru', 'Mangalore', 'Mysuru', 'Mysore', 'Noida', 'Gurugram', 'Gurgaon', 'Ghaziabad', 'Agra', 'Prayagraj', 'Allahabad',
  'Kozhikode', 'Peshawar', 'Quetta', 'Rawalpindi', 'Faisalabad', 'Multan', 'Gilgit', 'Muzaffarabad', 'Sialkot', 'Gujranwala',
  'Abbottabad', 'Bahawalpur', 'Sukkur', 'Mardan', 'Chittagong', 'Chattogram', 'Sylhet', 'Khulna', 'Rajshahi', 'Barisal',
  'Rangpur', 'Mymensingh', 'Kandy', 'Jaffna', 'Galle', 'Trincomalee', 'Batticaloa', 'Negombo', 'Kurunegala', 'Anuradhapura',
  'Pokhara', 'Lalitpur', 'Biratnagar', 'Bhaktapur', 'Herat', 'Jalalabad', 'Mazar-i-Sharif',
  // Africa
  'Kano', 'Kaduna', 'Ibadan', 'Port Harcourt', 'Enugu', 'Benin City', 'Maiduguri', 'Sokoto', 'Owerri', 'Calabar',
  'Abeokuta', 'Ilorin', 'Akure', 'Makurdi', 'Lokoja', 'Asaba', 'Awka', 'Umuahia', 'Osogbo', 'Ado-Ekiti', 'Bauchi', 'Katsina',
  'Yenagoa', 'Kisumu', 'Nakuru', 'Eldoret', 'Kumasi', 'Tamale', 'Takoradi', 'Bloemfontein', 'Gqeberha', 'Port Elizabeth',
  'Pietermaritzburg', 'Polokwane', 'Mbombela', 'Kimberley', 'Gulu', 'Entebbe', 'Arusha', 'Zanzibar', 'Mwanza', 'Mekelle',
  'Bahir Dar', 'Bulawayo', 'Ndola', 'Kitwe', 'Blantyre', 'Beira', 'Goma', 'Lubumbashi', 'Bukavu', 'Yaoundé', 'Lomé',
  'Bouaké', 'Yamoussoukro', 'Marrakech', 'Marrakesh', 'Fez', 'Tangier', 'Agadir', 'Oran', 'Alger', 'Sfax', 'Misrata',
  'Omdurman', 'Port Sudan', 'Hargeisa', 'Kismayo', 'Giza', 'Luxor', 'Aswan', 'Port Said',
  // Middle East
  'Sharjah', 'Ajman', 'Fujairah', 'Ras Al Khaimah', 'Dammam', 'Al Khobar', 'Medina', 'Madinah', 'Makkah', 'Tabuk', 'Abha',
  'Najaf', 'Karbala', 'Kirkuk', 'Sulaimaniyah', 'Homs', 'Idlib', 'Latakia', 'Hodeidah', 'Taiz', 'Marib', 'Salalah', 'Isfahan',
  'Shiraz', 'Mashhad', 'Tabriz', 'Haifa', 'Nablus', 'Hebron', 'Jenin', 'Bethlehem', 'Khan Younis', 'Rafah', 'Irbid', 'Aqaba',
  // Latin America: Mexico's state capitals and large cities, and South America's
  'Puebla', 'Oaxaca', 'Xalapa', 'Veracruz', 'Mérida', 'Merida', 'Cancún', 'Cancun', 'Tijuana', 'Mexicali', 'Hermosillo',
  'Culiacán', 'Culiacan', 'Ciudad Juárez', 'Ciudad Juarez', 'Saltillo', 'Toluca', 'Morelia', 'Querétaro', 'Queretaro',
  'Aguascalientes', 'Zacatecas', 'San Luis Potosí', 'Acapulco', 'Chilpancingo', 'Cuernavaca', 'Pachuca', 'Tlaxcala',
  'Tuxtla Gutiérrez', 'Villahermosa', 'Chetumal', 'Tepic', 'Ciudad Victoria', 'Reynosa', 'Matamoros', 'Nuevo Laredo',
  'Belo Horizonte', 'Porto Alegre', 'Recife', 'Fortaleza', 'Manaus', 'Belém', 'Curitiba', 'Florianópolis', 'Goiânia',
  'Barranquilla', 'Bucaramanga', 'Cúcuta', 'Medellín', 'Rosario', 'Mendoza', 'Córdoba', 'La Plata', 'Mar del Plata',
  'Neuquén', 'Ushuaia', 'Valparaíso', 'Concepción', 'Antofagasta', 'Arequipa', 'Cusco', 'Cuzco', 'Iquitos', 'Callao',
  'Guayaquil', 'Cochabamba', 'Maracaibo', 'San Pedro Sula', 'Santiago de Cuba', 'Montego Bay',
  // Eastern Europe, the Caucasus, Central Asia
  'Dnipro', 'Zaporizhzhia', 'Kherson', 'Mykolaiv', 'Luhansk', 'Mariupol', 'Sumy', 'Poltava', 'Chernihiv', 'Vinnytsia',
  'Ivano-Frankivsk', 'Uzhhorod', 'Chernivtsi', 'Ternopil', 'Lutsk', 'Rivne', 'Zhytomyr', 'Kramatorsk', 'Sevastopol',
  'Simferopol', 'Belgorod', 'Kursk', 'Rostov-on-Don', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Sochi', 'Kaliningrad',
  'Murmansk', 'Grozny', 'Nizhny Novgorod', 'Volgograd', 'Krasnodar', 'Wroclaw', 'Wrocław', 'Poznan', 'Poznań', 'Lodz', 'Łódź',
  'Katowice', 'Lublin', 'Szczecin', 'Brno', 'Ostrava', 'Kosice', 'Košice', 'Cluj-Napoca', 'Timisoara', 'Timișoara', 'Iasi',
  'Iași', 'Constanta', 'Constanța', 'Varna', 'Plovdiv', 'Novi Sad', 'Banja Luka', 'Mostar', 'Kaunas', 'Klaipeda', 'Tartu',
  'Gomel', 'Grodno', 'Vitebsk', 'Tiraspol', 'Batumi', 'Kutaisi', 'Gyumri', 'Ganja', 'Samarkand', 'Bukhara', 'Osh', 'Shymkent',
  'Karaganda',
  // East Asia, Oceania
  'Shenyang', 'Harbin', 'Dalian', 'Qingdao', 'Xiamen', 'Hangzhou', 'Nanjing', "Xi'an", 'Kunming', 'Urumqi', 'Lhasa',
  'Changsha', 'Zhengzhou', 'Jinan', 'Fuzhou', 'Nanning', 'Haikou', 'Hefei', 'Lanzhou', 'Hohhot', 'Guiyang', 'Changchun',
  'Kaohsiung', 'Taichung', 'Tainan', 'Incheon', 'Daegu', 'Gwangju', 'Daejeon', 'Sapporo', 'Fukuoka', 'Sendai', 'Hiroshima',
  'Nagasaki', 'Naha', 'Gold Coast', 'Cairns', 'Townsville', 'Geelong', 'Dunedin', 'Honiara', 'Port Vila', 'Nouméa', 'Papeete',
];
