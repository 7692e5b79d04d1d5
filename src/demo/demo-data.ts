/** Demo master data for `orderdesk init --demo`, taken from the Northwind sample database (see fixtures/northwind/SOURCE.md). */
export interface DemoCustomer { code: string; name: string; contact: string; phone: string; address: string }
export interface DemoProduct { sku: string; name: string; unit: string; price: string; leadDays: number; producible: boolean; onHand: number }
export interface DemoUser { name: string; role: 'clerk' | 'manager' | 'mc' | 'logistics' | 'finance'; pin?: string; fullName: string }

/** One demo desk: its people, customers and products (with opening stock), and what it prints at the head of its forms. */
export interface DemoSet {
  users: DemoUser[]
  customers: DemoCustomer[]
  products: DemoProduct[]
  /** The reason of the opening stock moves, as the desk's stock history shows it. */
  openingStockReason: string
  /** Settings for the printed forms: the seller's block (`company.*`) and the contract's terms (`terms.*`). */
  company: Readonly<Record<string, string>>
}

export const demoUsers: DemoUser[] = [
  { name: 'li', role: 'clerk', fullName: 'Li Na' },
  { name: 'chen', role: 'clerk', fullName: 'Chen Wei' },
  { name: 'wang', role: 'manager', pin: '123456', fullName: 'Wang Fang' },
  { name: 'zhao', role: 'mc', fullName: 'Zhao Lei' },
  { name: 'sun', role: 'mc', fullName: 'Sun Li' },
  { name: 'zhou', role: 'logistics', fullName: 'Zhou Jie' },
  { name: 'wu', role: 'finance', fullName: 'Wu Min' },
]

export const demoCustomers: DemoCustomer[] = [
  { code: 'ALFKI', name: 'Alfreds Futterkiste', contact: 'Maria Anders', phone: '030-0074321', address: 'Obere Str. 57, 12209 Berlin, Germany' },
  { code: 'ANATR', name: 'Ana Trujillo Emparedados y helados', contact: 'Ana Trujillo', phone: '(5) 555-4729', address: 'Avda. de la Constitución 2222, 05021 México D.F., Mexico' },
  { code: 'ANTON', name: 'Antonio Moreno Taquería', contact: 'Antonio Moreno', phone: '(5) 555-3932', address: 'Mataderos  2312, 05023 México D.F., Mexico' },
  { code: 'AROUT', name: 'Around the Horn', contact: 'Thomas Hardy', phone: '(171) 555-7788', address: '120 Hanover Sq., WA1 1DP London, UK' },
  { code: 'BERGS', name: 'Berglunds snabbköp', contact: 'Christina Berglund', phone: '0921-12 34 65', address: 'Berguvsvägen  8, S-958 22 Luleå, Sweden' },
  { code: 'BLAUS', name: 'Blauer See Delikatessen', contact: 'Hanna Moos', phone: '0621-08460', address: 'Forsterstr. 57, 68306 Mannheim, Germany' },
  { code: 'BLONP', name: 'Blondesddsl père et fils', contact: 'Frédérique Citeaux', phone: '88.60.15.31', address: '24, place Kléber, 67000 Strasbourg, France' },
  { code: 'BOLID', name: 'Bólido Comidas preparadas', contact: 'Martín Sommer', phone: '(91) 555 22 82', address: 'C/ Araquil, 67, 28023 Madrid, Spain' },
  { code: 'BONAP', name: "Bon app'", contact: 'Laurence Lebihan', phone: '91.24.45.40', address: '12, rue des Bouchers, 13008 Marseille, France' },
  { code: 'BOTTM', name: 'Bottom-Dollar Markets', contact: 'Elizabeth Lincoln', phone: '(604) 555-4729', address: '23 Tsawassen Blvd., T2F 8M4 Tsawassen, Canada' },
  { code: 'BSBEV', name: "B's Beverages", contact: 'Victoria Ashworth', phone: '(171) 555-1212', address: 'Fauntleroy Circus, EC2 5NT London, UK' },
  { code: 'VINET', name: 'Vins et alcools Chevalier', contact: 'Paul Henriot', phone: '26.47.15.10', address: "59 rue de l'Abbaye, 51100 Reims, France" },
]

export const demoProducts: DemoProduct[] = [
  { sku: 'NW-001', name: 'Chai', unit: 'case', price: '18.00', leadDays: 14, producible: true, onHand: 39 },
  { sku: 'NW-002', name: 'Chang', unit: 'case', price: '19.00', leadDays: 21, producible: true, onHand: 17 },
  { sku: 'NW-003', name: 'Aniseed Syrup', unit: 'case', price: '10.00', leadDays: 28, producible: true, onHand: 13 },
  { sku: 'NW-004', name: "Chef Anton's Cajun Seasoning", unit: 'case', price: '22.00', leadDays: 7, producible: true, onHand: 53 },
  { sku: 'NW-005', name: "Chef Anton's Gumbo Mix", unit: 'case', price: '21.35', leadDays: 21, producible: false, onHand: 0 },
  { sku: 'NW-006', name: "Grandma's Boysenberry Spread", unit: 'case', price: '25.00', leadDays: 21, producible: true, onHand: 120 },
  { sku: 'NW-007', name: "Uncle Bob's Organic Dried Pears", unit: 'case', price: '30.00', leadDays: 28, producible: true, onHand: 15 },
  { sku: 'NW-008', name: 'Northwoods Cranberry Sauce', unit: 'case', price: '40.00', leadDays: 7, producible: true, onHand: 6 },
  { sku: 'NW-009', name: 'Mishi Kobe Niku', unit: 'case', price: '97.00', leadDays: 14, producible: true, onHand: 29 },
  { sku: 'NW-010', name: 'Ikura', unit: 'case', price: '31.00', leadDays: 21, producible: true, onHand: 31 },
  { sku: 'NW-011', name: 'Queso Cabrales', unit: 'case', price: '21.00', leadDays: 28, producible: true, onHand: 22 },
  { sku: 'NW-012', name: 'Queso Manchego La Pastora', unit: 'case', price: '38.00', leadDays: 7, producible: true, onHand: 86 },
  { sku: 'NW-013', name: 'Konbu', unit: 'case', price: '6.00', leadDays: 14, producible: true, onHand: 24 },
  { sku: 'NW-014', name: 'Tofu', unit: 'case', price: '23.25', leadDays: 21, producible: true, onHand: 35 },
  { sku: 'NW-015', name: 'Genen Shouyu', unit: 'case', price: '13.00', leadDays: 28, producible: true, onHand: 39 },
  { sku: 'NW-016', name: 'Pavlova', unit: 'case', price: '17.45', leadDays: 7, producible: true, onHand: 29 },
  { sku: 'NW-017', name: 'Alice Mutton', unit: 'case', price: '39.00', leadDays: 21, producible: true, onHand: 0 },
  { sku: 'NW-018', name: 'Carnarvon Tigers', unit: 'case', price: '62.50', leadDays: 21, producible: true, onHand: 42 },
  { sku: 'NW-019', name: 'Teatime Chocolate Biscuits', unit: 'case', price: '9.20', leadDays: 28, producible: true, onHand: 25 },
  { sku: 'NW-020', name: "Sir Rodney's Marmalade", unit: 'case', price: '81.00', leadDays: 7, producible: true, onHand: 40 },
  { sku: 'NW-021', name: "Sir Rodney's Scones", unit: 'case', price: '10.00', leadDays: 14, producible: true, onHand: 3 },
  { sku: 'NW-022', name: "Gustaf's Knäckebröd", unit: 'case', price: '21.00', leadDays: 21, producible: true, onHand: 104 },
  { sku: 'NW-023', name: 'Tunnbröd', unit: 'case', price: '9.00', leadDays: 28, producible: true, onHand: 61 },
  { sku: 'NW-024', name: 'Guaraná Fantástica', unit: 'case', price: '4.50', leadDays: 7, producible: true, onHand: 20 },
  { sku: 'NW-025', name: 'NuNuCa Nuß-Nougat-Creme', unit: 'case', price: '14.00', leadDays: 14, producible: true, onHand: 76 },
  { sku: 'NW-026', name: 'Gumbär Gummibärchen', unit: 'case', price: '31.23', leadDays: 21, producible: true, onHand: 0 },
  { sku: 'NW-027', name: 'Schoggi Schokolade', unit: 'case', price: '43.90', leadDays: 28, producible: true, onHand: 49 },
  { sku: 'NW-028', name: 'Rössle Sauerkraut', unit: 'case', price: '45.60', leadDays: 7, producible: true, onHand: 26 },
  { sku: 'NW-029', name: 'Thüringer Rostbratwurst', unit: 'case', price: '123.79', leadDays: 21, producible: true, onHand: 0 },
  { sku: 'NW-030', name: 'Nord-Ost Matjeshering', unit: 'case', price: '25.89', leadDays: 21, producible: true, onHand: 0 },
]

/** The English demo desk: Northwind's customers and products. */
export const northwind: DemoSet = {
  users: demoUsers,
  customers: demoCustomers,
  products: demoProducts,
  openingStockReason: 'demo opening stock',
  // issue 19: master (the seller's block and the contract's terms on the forms)
  company: {
    'company.name': '上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.',
    'company.address': '上海市浦东新区世纪大道88号 88 Century Avenue, Pudong, Shanghai 200120',
    'company.phone': '+86 21 5555 0100',
    'company.taxId': '91310115MA1K4ABC2X',
    'company.bank': '中国工商银行上海浦东支行 ICBC Shanghai Pudong Branch',
    'company.account': '1001 2345 6789 0123 456',
    'company.representative': 'Andrew Fuller',
    'terms.quality': "To the manufacturer's specification and the product's national standard; the buyer inspects the goods on arrival and reports any defect in writing within 7 days.",
    'terms.delivery': "Delivered to the buyer's address above, carriage paid by the seller, by road or express as the seller chooses.",
    'terms.breach': 'A party late in delivering or paying pays the other 0.05 % of the amount outstanding for each day of delay, at most 5 % of the contract total.',
    'terms.disputes': "Settled by negotiation; failing that, either party may bring the dispute before the people's court where the seller has its seat.",
  },
}
