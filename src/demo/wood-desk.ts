import type { DemoCustomer, DemoProduct, DemoSet, DemoUser } from './demo-data.js'

/**
 * The Chinese demo desk (`init --demo` in zh-CN): a make-to-order wood-products company
 * (木业) in Shandong and its customers — furniture factories, decoration companies and
 * building-material dealers across China — with panels sold by the sheet, doors by the set,
 * mouldings by the metre, flooring by the square metre and timber by the cubic metre. The
 * same login names and roles as the English demo (wang is the manager, PIN 123456), with
 * the people's Chinese names. Invented: any likeness to a real company is chance.
 */
const users: DemoUser[] = [
  { name: 'li', role: 'clerk', fullName: '李娜' },
  { name: 'chen', role: 'clerk', fullName: '陈伟' },
  { name: 'wang', role: 'manager', pin: '123456', fullName: '王芳' },
  { name: 'zhao', role: 'mc', fullName: '赵磊' },
  { name: 'sun', role: 'mc', fullName: '孙丽' },
  { name: 'zhou', role: 'logistics', fullName: '周杰' },
  { name: 'wu', role: 'finance', fullName: '吴敏' },
]

const customers: DemoCustomer[] = [
  { code: 'JSHY', name: '苏州华阳家具有限公司', contact: '张建国', phone: '0512-6552 3188', address: '江苏省苏州市吴中区木渎镇金山路88号' },
  { code: 'LYXY', name: '临沂鑫源板材商行', contact: '刘洪涛', phone: '139 5396 2270', address: '山东省临沂市兰山区义堂镇板材市场A区12号' },
  { code: 'AJZM', name: '安吉竹木装饰工程有限公司', contact: '陈丽萍', phone: '0572-5123 678', address: '浙江省湖州市安吉县递铺街道昌硕东路166号' },
  { code: 'SDMJ', name: '佛山市顺德区美居家具厂', contact: '黄志强', phone: '0757-2280 9911', address: '广东省佛山市顺德区乐从镇家具城三路5号' },
  { code: 'BJHD', name: '北京华都建筑装饰有限公司', contact: '王海燕', phone: '010-8456 7721', address: '北京市朝阳区东三环中路20号' },
  { code: 'SHJM', name: '上海锦茂木门有限公司', contact: '周明', phone: '021-5988 3307', address: '上海市嘉定区南翔镇德华路300号' },
  { code: 'ZZHD', name: '郑州宏达建材批发部', contact: '李红', phone: '137 0371 5582', address: '河南省郑州市二七区大学南路建材大市场B座' },
  { code: 'CDJC', name: '成都锦城家居有限公司', contact: '杨帆', phone: '028-8765 4321', address: '四川省成都市武侯区佳灵路18号' },
  { code: 'WHCT', name: '武汉楚天装饰材料有限公司', contact: '吴刚', phone: '027-8432 1190', address: '湖北省武汉市江汉区常青路66号' },
  { code: 'SYBF', name: '沈阳北方木业经销处', contact: '赵军', phone: '024-2233 5566', address: '辽宁省沈阳市于洪区沙岭镇板材城' },
  { code: 'XMHX', name: '厦门海峡家具进出口有限公司', contact: '林晓东', phone: '0592-5678 123', address: '福建省厦门市湖里区枋湖北二路1501号' },
  { code: 'HZXS', name: '菏泽鑫盛装饰城', contact: '孙建华', phone: '0530-5321 887', address: '山东省菏泽市牡丹区中华路256号' },
]

const products: DemoProduct[] = [
  { sku: 'JHB-18', name: '杨木胶合板 1220×2440×18mm', unit: 'sheet', price: '128.00', leadDays: 10, producible: true, onHand: 320 },
  { sku: 'JHB-15', name: '杨木胶合板 1220×2440×15mm', unit: 'sheet', price: '108.00', leadDays: 10, producible: true, onHand: 260 },
  { sku: 'JHB-12', name: '杨木胶合板 1220×2440×12mm', unit: 'sheet', price: '88.00', leadDays: 10, producible: true, onHand: 180 },
  { sku: 'JHB-09', name: '杨木胶合板 1220×2440×9mm', unit: 'sheet', price: '68.00', leadDays: 10, producible: true, onHand: 150 },
  { sku: 'JHB-05', name: '杨木胶合板 1220×2440×5mm', unit: 'sheet', price: '42.00', leadDays: 7, producible: true, onHand: 400 },
  { sku: 'HMB-18', name: 'E0级桦木胶合板 1220×2440×18mm', unit: 'sheet', price: '215.00', leadDays: 21, producible: true, onHand: 40 },
  { sku: 'XMB-18', name: '细木工板 1220×2440×18mm', unit: 'sheet', price: '135.00', leadDays: 14, producible: true, onHand: 120 },
  { sku: 'XMB-15', name: '细木工板 1220×2440×15mm', unit: 'sheet', price: '118.00', leadDays: 14, producible: true, onHand: 0 },
  { sku: 'MDF-18', name: '中密度纤维板 1220×2440×18mm', unit: 'sheet', price: '95.00', leadDays: 7, producible: true, onHand: 210 },
  { sku: 'MDF-09', name: '中密度纤维板 1220×2440×9mm', unit: 'sheet', price: '58.00', leadDays: 7, producible: true, onHand: 90 },
  { sku: 'MDF-03', name: '中密度纤维板 1220×2440×3mm', unit: 'sheet', price: '28.00', leadDays: 7, producible: true, onHand: 500 },
  { sku: 'KLB-18', name: '刨花板（颗粒板）1220×2440×18mm', unit: 'sheet', price: '78.00', leadDays: 10, producible: true, onHand: 160 },
  { sku: 'STB-18W', name: '生态板 暖白 1220×2440×18mm', unit: 'sheet', price: '165.00', leadDays: 14, producible: true, onHand: 75 },
  { sku: 'STB-18X', name: '生态板 橡木纹 1220×2440×18mm', unit: 'sheet', price: '175.00', leadDays: 14, producible: true, onHand: 12 },
  { sku: 'DCB-18', name: '多层实木板 1220×2440×18mm', unit: 'sheet', price: '155.00', leadDays: 14, producible: true, onHand: 60 },
  { sku: 'ZJB-18', name: '松木指接板 1220×2440×18mm', unit: 'sheet', price: '145.00', leadDays: 21, producible: true, onHand: 0 },
  { sku: 'MM-TZ01', name: '实木复合套装门 平板款（含门套、五金）', unit: 'set', price: '1280.00', leadDays: 30, producible: true, onHand: 8 },
  { sku: 'MM-MQ02', name: '免漆门 木纹款', unit: 'set', price: '680.00', leadDays: 21, producible: true, onHand: 15 },
  { sku: 'MM-HT03', name: '胡桃木实木门', unit: 'set', price: '2680.00', leadDays: 45, producible: true, onHand: 0 },
  { sku: 'XT-TJ60', name: '实木踢脚线 60mm', unit: 'm', price: '18.50', leadDays: 7, producible: true, onHand: 1200 },
  { sku: 'XT-TJ80', name: '实木踢脚线 80mm', unit: 'm', price: '24.00', leadDays: 7, producible: true, onHand: 800 },
  { sku: 'XT-MT', name: '门套线 实木', unit: 'm', price: '32.00', leadDays: 10, producible: true, onHand: 600 },
  { sku: 'XT-JX', name: '阴角线 实木', unit: 'm', price: '12.00', leadDays: 7, producible: true, onHand: 30 },
  { sku: 'DB-QH12', name: '强化复合地板 12mm', unit: 'm2', price: '68.00', leadDays: 14, producible: true, onHand: 900 },
  { sku: 'DB-SF15', name: '实木复合地板 15mm', unit: 'm2', price: '168.00', leadDays: 21, producible: true, onHand: 240 },
  { sku: 'GMB-01', name: '橱柜吸塑门板', unit: 'm2', price: '220.00', leadDays: 14, producible: true, onHand: 0 },
  { sku: 'MC-ZZS', name: '樟子松板材（烘干）', unit: 'm3', price: '2350.00', leadDays: 30, producible: true, onHand: 18 },
  { sku: 'MC-BSY', name: '俄罗斯白松原木（进口）', unit: 'm3', price: '1850.00', leadDays: 60, producible: false, onHand: 0 },
  { sku: 'TP-1210', name: '木托盘 1200×1000', unit: 'pcs', price: '85.00', leadDays: 7, producible: true, onHand: 200 },
  { sku: 'FBT-22', name: 'PVC 封边条 22mm（200米/卷）', unit: 'roll', price: '45.00', leadDays: 7, producible: true, onHand: 50 },
]

export const woodDesk: DemoSet = {
  users,
  customers,
  products,
  openingStockReason: '期初库存',
  company: {
    'company.name': '菏泽林丰木业有限公司',
    'company.address': '山东省菏泽市曹县普连集镇木业产业园8号',
    'company.phone': '0530-3456 789',
    'company.taxId': '91371721MA3C5X8Y2K',
    'company.bank': '中国农业银行曹县支行',
    // issue 19: master (the seller's block and the contract's terms)
    'company.account': '1520 1234 5678 9012 3',
    'company.representative': '王建军',
    'terms.quality': '按国家标准 GB/T 9846《普通胶合板》及双方确认的样板验收，甲醛释放量符合 GB 18580 E1 级；需方收货后 7 日内书面提出质量异议，逾期视为验收合格。',
    'terms.delivery': '供方送货至需方指定地址，汽车运输，运费由供方承担；需方指派专人验收并在货物出库单上签收。',
    'terms.breach': '供方逾期交货或需方逾期付款的，每逾期一日按未履行部分金额的 0.05% 向对方支付违约金，累计不超过合同总额的 5%。',
    'terms.disputes': '双方协商解决；协商不成的，任何一方可向供方所在地人民法院提起诉讼。',
  },
}
